package org.ccmarchive.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A corpus written by the tests whose titles, file names and text carry script-injection payloads,
 * as HTML, PDF, DOCX and plain text. Every record also contains the word "stockpile" so one search
 * lists them all.
 */
final class HostileCorpus {

  /** Payloads that would create an element, an event handler or a script URL if not escaped. */
  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(2)>",
          "\"><svg onload=alert(3)>",
          "'><a href=\"javascript:alert(4)\">x</a>",
          "</textarea><iframe src=javascript:alert(5)>",
          "javascript:alert(6)");

  static final String ALL = String.join(" ", PAYLOADS);

  /** A file name with markup in it (Linux allows everything but '/' and NUL). */
  static final String HOSTILE_FILE_NAME = "\"><img src=x onerror=alert(7)>.txt";

  private HostileCorpus() {}

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("hostile.html"), html());
    pdf(dir.resolve("hostile.pdf"));
    docx(dir.resolve("hostile.docx"));
    Files.writeString(dir.resolve(HOSTILE_FILE_NAME), "The stockpile list. " + ALL + "\n");
    return dir;
  }

  private static String html() {
    String escaped = ALL.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<!DOCTYPE html><html><head><title>"
        + escaped
        + "</title></head><body><h1>Stockpile "
        + escaped
        + "</h1><p>The stockpile was destroyed. "
        + escaped
        + "</p></body></html>";
  }

  private static void pdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      doc.getDocumentInformation().setTitle(ALL);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        text.newLineAtOffset(40, 700);
        text.showText("The stockpile report.");
        for (String p : PAYLOADS) {
          text.newLineAtOffset(0, -30);
          text.showText(p);
        }
        text.endText();
      }
      doc.save(file.toFile());
    }
  }

  private static void docx(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      doc.getProperties().getCoreProperties().setTitle(ALL);
      doc.createParagraph().createRun().setText("Stockpile destruction " + ALL);
      doc.createParagraph().createRun().setText("A second stockpile paragraph " + ALL);
      doc.write(out);
    }
  }
}
