package org.ccmarchive.enrich.realstyle;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a real-style source out as a PDF the way an office suite or a report producer would: A4
 * pages with margins, body text wrapped and justified, paragraphs separated by a small gap (no
 * blank line), headings in bold, list items with a bullet and a hanging indent, tables ruled in
 * columns, a title block of centred lines (on a cover page when the record opens with one), the
 * page header on every page and the page number at the foot. Standard 14 fonts, so EN/FR/ES only.
 */
final class PdfRendering {

  private static final float MARGIN = 72;
  private static final float TOP = PDRectangle.A4.getHeight() - 72;
  private static final float BOTTOM = 72;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BODY_SIZE = 11;
  private static final float LEADING = 13.5f;
  private static final float SPACED_GAP = 7;
  private static final float TIGHT_INDENT = 18;
  private static final float BULLET_INDENT = 24;
  private static final int COVER_LINES = 3;

  private final PDDocument doc = new PDDocument();
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  private final PDFont small = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final Map<Character, String> substitutes = new HashMap<>();
  private final List<String> pageHeader = new ArrayList<>();
  private final float paragraphGap;
  private final float firstLineIndent;
  private PDPageContentStream cs;
  private float y;
  private int pages;

  private PdfRendering(boolean tight) {
    this.paragraphGap = tight ? 0 : SPACED_GAP;
    this.firstLineIndent = tight ? TIGHT_INDENT : 0;
  }

  static Path write(RealStyleSource source, Path dir) throws IOException {
    Path out = dir.resolve(source.file() + ".pdf");
    PdfRendering r = new PdfRendering(Math.floorMod(source.file().hashCode(), 2) == 1);
    try (r.doc) {
      PDDocumentInformation info = r.doc.getDocumentInformation();
      info.setProducer("CCM realstyle renderer");
      String title = source.fact("title");
      if (title != null) {
        info.setTitle(title);
      }
      r.render(source.body());
      r.doc.save(out.toFile());
    }
    return out;
  }

  private void render(List<RealStyleSource.Line> body) throws IOException {
    for (RealStyleSource.Line l : body) {
      if (l.form() == RealStyleSource.Form.PAGE_HEADER) {
        pageHeader.add(sanitise(l.text(), small));
      }
    }
    List<RealStyleSource.Line> lines =
        body.stream().filter(l -> l.form() != RealStyleSource.Form.PAGE_HEADER).toList();
    int cover = 0;
    while (cover < lines.size() && lines.get(cover).form() == RealStyleSource.Form.CENTRED) {
      cover++;
    }
    newPage();
    int i = 0;
    if (cover >= COVER_LINES) {
      // A title block of several centred lines stands alone on a cover page, lower down.
      y = TOP - 160;
      for (; i < cover; i++) {
        centred(lines.get(i).text(), i == 0 ? bold : regular, i == 0 ? 14 : 12);
        y -= 8;
      }
      newPage();
    }
    for (; i < lines.size(); i++) {
      RealStyleSource.Line l = lines.get(i);
      switch (l.form()) {
        case HEADING -> heading(l.text(), 13);
        case SUBHEADING -> heading(l.text(), 11.5f);
        case CENTRED -> {
          centred(l.text(), regular, 12);
          y -= 4;
        }
        case BULLET -> {
          paragraph(l.text(), regular, BODY_SIZE, MARGIN + BULLET_INDENT, true, 0);
          y -= paragraphGap;
        }
        case TABLE_ROW -> row(l.cells());
        case PARAGRAPH, PAGE_HEADER -> {
          paragraph(l.text(), regular, BODY_SIZE, MARGIN, false, firstLineIndent);
          y -= paragraphGap;
        }
      }
    }
    cs.close();
  }

  private void heading(String text, float size) throws IOException {
    if (y - 4 * LEADING < BOTTOM) {
      newPage();
    }
    y -= 6;
    paragraph(text, bold, size, MARGIN, false, 0);
    y -= 4;
  }

  private void centred(String text, PDFont font, float size) throws IOException {
    for (String line : wrap(sanitise(text, font), font, size, WIDTH, 0)) {
      room(LEADING);
      float w = width(line, font, size);
      show(line, font, size, MARGIN + (WIDTH - w) / 2, y, 0);
      y -= size + 3;
    }
  }

  /**
   * A wrapped, justified paragraph; a list item gets a bullet and a hanging indent; {@code indent}
   * sets the first line in.
   */
  private void paragraph(
      String text, PDFont font, float size, float left, boolean bullet, float indent)
      throws IOException {
    float width = MARGIN + WIDTH - left;
    List<String> lines = wrap(sanitise(text, font), font, size, width, indent);
    for (int i = 0; i < lines.size(); i++) {
      room(LEADING);
      if (bullet && i == 0) {
        show("•", font, size, left - 14, y, 0);
      }
      String line = lines.get(i);
      float in = i == 0 ? indent : 0;
      float spacing = 0;
      int spaces = (int) line.chars().filter(c -> c == ' ').count();
      if (i < lines.size() - 1 && spaces > 0 && font == regular) {
        spacing = (width - in - width(line, font, size)) / spaces;
      }
      show(line, font, size, left + in, y, spacing);
      y -= LEADING;
    }
  }

  private void row(List<String> cells) throws IOException {
    float size = 10;
    float colWidth = WIDTH / cells.size();
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (String c : cells) {
      List<String> w = wrap(sanitise(c, regular), regular, size, colWidth - 8, 0);
      wrapped.add(w);
      height = Math.max(height, w.size());
    }
    float rowHeight = height * (size + 2.5f) + 8;
    room(rowHeight);
    float top = y + size;
    for (int c = 0; c < cells.size(); c++) {
      float x = MARGIN + c * colWidth;
      cs.addRect(x, top - rowHeight, colWidth, rowHeight);
      float ly = top - 4 - size;
      for (String line : wrapped.get(c)) {
        show(line, regular, size, x + 4, ly, 0);
        ly -= size + 2.5f;
      }
    }
    cs.stroke();
    y -= rowHeight;
  }

  private void room(float needed) throws IOException {
    if (y - needed < BOTTOM) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    pages++;
    cs = new PDPageContentStream(doc, page);
    float hy = PDRectangle.A4.getHeight() - 40;
    for (String h : pageHeader) {
      float w = width(h, small, 8.5f);
      show(h, small, 8.5f, MARGIN + WIDTH - w, hy, 0);
      hy -= 10;
    }
    String number = Integer.toString(pages);
    show(number, small, 9, MARGIN + (WIDTH - width(number, small, 9)) / 2, 40, 0);
    y = TOP - BODY_SIZE;
  }

  private void show(String text, PDFont font, float size, float x, float at, float wordSpacing)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.setWordSpacing(wordSpacing);
    cs.newLineAtOffset(x, at);
    cs.showText(text);
    cs.endText();
  }

  /** Greedy line filling; the first line is {@code indent} shorter. */
  private static List<String> wrap(String text, PDFont font, float size, float width, float indent)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.isEmpty() ? word : line + " " + word;
      float room = lines.isEmpty() ? width - indent : width;
      if (!line.isEmpty() && width(candidate, font, size) > room) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Characters the font cannot encode lose their accents, else become "?". */
  private String sanitise(String text, PDFont font) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      String s = String.valueOf(c);
      if (c == '\t') {
        sb.append(' ');
        continue;
      }
      sb.append(substitutes.computeIfAbsent(c, k -> substitute(s, font)));
    }
    return sb.toString();
  }

  private static String substitute(String s, PDFont font) {
    if (encodable(s, font)) {
      return s;
    }
    String bare = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return !bare.isEmpty() && encodable(bare, font) ? bare : "?";
  }

  private static boolean encodable(String s, PDFont font) {
    try {
      font.encode(s);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
