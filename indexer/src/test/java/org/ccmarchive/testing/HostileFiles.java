package org.ccmarchive.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Generates the broken and hostile files an indexer must survive; nothing is committed. */
public final class HostileFiles {

  private HostileFiles() {}

  /** A 500 MB file that takes no disk space (sparse). */
  public static void huge(Path file, long bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
      f.setLength(bytes);
    }
  }

  /** A DOCX whose document part inflates from a few hundred KB to {@code inflatedMb} MB. */
  public static void zipBomb(Path file, int inflatedMb) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                  + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < inflatedMb; i++) {
        zip.write(chunk);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  /**
   * A valid one-page PDF whose content stream holds {@code millions} million do-nothing graphics
   * operators: tiny on disk, endless to interpret.
   */
  public static void endlessPdf(Path file, int millions) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (OutputStream z =
        new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] op = "q 1 0 0 1 0 0 cm Q\n".getBytes(StandardCharsets.US_ASCII);
      byte[] block = new byte[op.length * 10_000];
      for (int i = 0; i < 10_000; i++) {
        System.arraycopy(op, 0, block, i * op.length, op.length);
      }
      for (int i = 0; i < millions * 100; i++) {
        z.write(block);
      }
    }
    byte[] stream = compressed.toByteArray();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    int[] offsets = new int[5];
    write(pdf, "%PDF-1.7\n");
    offsets[1] = pdf.size();
    write(pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
    offsets[2] = pdf.size();
    write(pdf, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
    offsets[3] = pdf.size();
    write(pdf, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
    write(pdf, " endobj\n");
    offsets[4] = pdf.size();
    write(pdf, "4 0 obj << /Length " + stream.length + " /Filter /FlateDecode >> stream\n");
    pdf.write(stream);
    write(pdf, "\nendstream endobj\n");
    int xref = pdf.size();
    write(pdf, "xref\n0 5\n0000000000 65535 f \n");
    for (int i = 1; i < 5; i++) {
      write(pdf, String.format("%010d 00000 n \n", offsets[i]));
    }
    write(pdf, "trailer << /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
    Files.write(file, pdf.toByteArray());
  }

  /** A PDF that opens only with a password. */
  public static void encryptedPdf(Path file, String text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(text);
        cs.endText();
      }
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
  }

  /** The first bytes of a PNG image: detected as an image whatever the name says. */
  public static void png(Path file) throws IOException {
    byte[] header = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      2,
      0,
      0,
      0,
      (byte) 0x90,
      0x77,
      0x53,
      (byte) 0xde
    };
    Files.write(file, header);
  }

  public static void noise(Path file, int bytes, long seed) throws IOException {
    byte[] b = new byte[bytes];
    new Random(seed).nextBytes(b);
    Files.write(file, b);
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }
}
