package org.ccmarchive.bench.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.ccmarchive.bench.corpus.SyntheticRecord.Block;

/** Writes a generated record in its format: plain text, HTML, DOCX (POI) or PDF (PDFBox). */
final class RecordWriter {

  private static final float MARGIN = 56;
  private static final float FONT_SIZE = 10.5f;
  private static final float LEADING = 14;
  private static final int CHARS_PER_LINE = 92;

  private RecordWriter() {}

  static void write(SyntheticRecord record, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    switch (record.format()) {
      case TXT -> Files.writeString(file, txt(record), StandardCharsets.UTF_8);
      case HTML -> Files.writeString(file, html(record), StandardCharsets.UTF_8);
      case DOCX -> docx(record, file);
      case PDF -> pdf(record, file);
    }
  }

  private static String txt(SyntheticRecord record) {
    StringBuilder sb = new StringBuilder();
    for (Block b : record.blocks()) {
      sb.append(b.printed()).append("\n\n");
    }
    return sb.toString();
  }

  private static String html(SyntheticRecord record) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(record.language()).append("\">\n<head>");
    sb.append("<meta charset=\"utf-8\"><title>").append(escape(record.title()));
    sb.append("</title></head>\n<body>\n");
    boolean first = true;
    for (Block b : record.blocks()) {
      String tag = b.heading() ? (first ? "h1" : "h2") : "p";
      first = false;
      sb.append('<').append(tag).append('>').append(escape(b.printed()));
      sb.append("</").append(tag).append(">\n");
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void docx(SyntheticRecord record, Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      doc.getProperties().getCoreProperties().setTitle(record.title());
      for (Block b : record.blocks()) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(b.heading());
        run.setText(b.printed());
      }
      doc.write(out);
    }
  }

  /** A4 pages of wrapped Helvetica lines, a blank line between paragraphs, a page number foot. */
  private static void pdf(SyntheticRecord record, Path file) throws IOException {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument doc = new PDDocument()) {
      doc.getDocumentInformation().setTitle(record.title());
      PageCursor cursor = new PageCursor(doc, regular);
      for (Block b : record.blocks()) {
        for (String line : wrap(b.printed())) {
          cursor.line(line, b.heading() ? bold : regular);
        }
        cursor.gap();
      }
      cursor.finish();
      doc.save(file.toFile());
    }
  }

  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > CHARS_PER_LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Where the next line goes; opens a new page when the current one is full. */
  private static final class PageCursor {
    private final PDDocument doc;
    private final PDType1Font footFont;
    private PDPageContentStream stream;
    private float y;
    private int pages;

    PageCursor(PDDocument doc, PDType1Font footFont) {
      this.doc = doc;
      this.footFont = footFont;
    }

    void line(String text, PDType1Font font) throws IOException {
      if (stream == null || y < MARGIN + 2 * LEADING) {
        newPage();
      }
      stream.beginText();
      stream.setFont(font, FONT_SIZE);
      stream.newLineAtOffset(MARGIN, y);
      stream.showText(text);
      stream.endText();
      y -= LEADING;
    }

    void gap() {
      y -= LEADING * 0.8f;
    }

    void finish() throws IOException {
      if (stream != null) {
        stream.close();
      }
    }

    private void newPage() throws IOException {
      finish();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      pages++;
      stream = new PDPageContentStream(doc, page);
      stream.beginText();
      stream.setFont(footFont, 9);
      stream.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 10, MARGIN / 2);
      stream.showText(Integer.toString(pages));
      stream.endText();
      y = PDRectangle.A4.getHeight() - MARGIN;
    }
  }
}
