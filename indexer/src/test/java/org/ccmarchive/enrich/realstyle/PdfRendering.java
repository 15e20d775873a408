package org.ccmarchive.enrich.realstyle;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ccmarchive.testing.TextWrap;

/**
 * Lays a real-style source out as a PDF the way office suites and report producers do: A4 pages
 * with margins, a title block of centred lines (on a cover page when the record opens with one),
 * list items with a bullet and a hanging indent, tables ruled in columns, the page header on every
 * page. Each record gets one of the {@link Layout}s real producers use, chosen by a stable hash of
 * its file name so that figures stay comparable between runs. Standard 14 fonts, so EN/FR/ES only.
 */
final class PdfRendering {

  /**
   * Page layouts seen in the archive's PDFs.
   *
   * @param leading baseline to baseline within a paragraph
   * @param gap extra space after each paragraph
   * @param firstIndent first-line indent of a paragraph
   * @param justify justified (else ragged right, as Word saves by default)
   * @param headingSize size of a heading (a sub-heading is 1.5 pt smaller, never below the body)
   * @param smallCaps headings in (simulated) small capitals
   * @param numbers how a paragraph that opens with its number is set
   * @param footer the page number at the foot
   * @param symbolHeader a report producer's running header with the record's symbol
   */
  record Layout(
      String name,
      float leading,
      float gap,
      float firstIndent,
      boolean justify,
      float headingSize,
      boolean smallCaps,
      Numbers numbers,
      Footer footer,
      boolean symbolHeader) {}

  /** A numbered paragraph: as text, hanging (text aligned after the number), or UN tab style. */
  enum Numbers {
    INLINE,
    HANGING,
    TAB
  }

  enum Footer {
    NUMBER,
    PAGE_OF,
    DASHED,
    OUTER
  }

  static final List<Layout> LAYOUTS =
      List.of(
          // office suite, space between paragraphs, justified
          new Layout("spaced", 13.5f, 7, 0, true, 13, false, Numbers.INLINE, Footer.NUMBER, false),
          // book-like: first-line indent, no paragraph gap
          new Layout("tight", 13.5f, 0, 18, true, 13, false, Numbers.INLINE, Footer.NUMBER, false),
          // Word's defaults: 1.15 line spacing, 6 pt after, ragged right, headings in body-size
          // bold, "Page X of Y" at the foot
          new Layout("word", 15.5f, 6, 0, false, 11, false, Numbers.INLINE, Footer.PAGE_OF, false),
          // numbered paragraphs on a hanging indent, headings in small capitals, "- 3 -"
          new Layout("hanging", 13, 4, 0, true, 11, true, Numbers.HANGING, Footer.DASHED, false),
          // a UN report producer: symbol in a running header, number and tab, outer page numbers
          new Layout("report", 12.5f, 6, 0, true, 12, false, Numbers.TAB, Footer.OUTER, true));

  private static final float MARGIN = 72;
  private static final float TOP = PDRectangle.A4.getHeight() - 72;
  private static final float BOTTOM = 72;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BODY_SIZE = 11;
  private static final float BULLET_INDENT = 24;
  private static final float NUMBER_INDENT = 28;
  private static final int COVER_LINES = 3;
  private static final Pattern NUMBERED =
      Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,2}\\.?|\\([a-z]{1,4}\\))\\s+(\\S.*)$");

  private final PDDocument doc = new PDDocument();
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  private final PDFont small = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final Map<Character, String> substitutes = new HashMap<>();
  private final List<String> pageHeader = new ArrayList<>();
  private final Layout layout;
  private final String symbol;
  private PDPageContentStream cs;
  private float y;
  private int pages;

  private PdfRendering(Layout layout, String symbol) {
    this.layout = layout;
    this.symbol = symbol;
  }

  /** The layout of a record: a stable hash of its file name. */
  static Layout layoutOf(String file) {
    return LAYOUTS.get(Math.floorMod(file.hashCode(), LAYOUTS.size()));
  }

  static Path write(RealStyleSource source, Path dir) throws IOException {
    Path out = dir.resolve(source.file() + ".pdf");
    String symbol = source.fact("symbol");
    PdfRendering r =
        new PdfRendering(
            layoutOf(source.file()),
            symbol == null || symbol.equals("null") ? source.file() : symbol);
    try (r.doc) {
      PDDocumentInformation info = r.doc.getDocumentInformation();
      info.setProducer("CCM realstyle renderer (" + r.layout.name() + ")");
      String title = source.fact("title");
      if (title != null) {
        info.setTitle(title);
      }
      r.render(source.body());
      r.furniture();
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
        case HEADING -> heading(l.text(), layout.headingSize());
        case SUBHEADING -> heading(l.text(), Math.max(BODY_SIZE, layout.headingSize() - 1.5f));
        case CENTRED -> {
          centred(l.text(), regular, 12);
          y -= 4;
        }
        case BULLET -> {
          float x = MARGIN + BULLET_INDENT;
          paragraph(l.text(), regular, BODY_SIZE, x, x, "•", x - 14);
          y -= layout.gap();
        }
        case TABLE_ROW -> row(l.cells());
        case PARAGRAPH, PAGE_HEADER -> {
          body(l.text());
          y -= layout.gap();
        }
      }
    }
    cs.close();
  }

  /** A body paragraph; one that opens with its number is set as the layout sets numbers. */
  private void body(String text) throws IOException {
    Matcher m = NUMBERED.matcher(text);
    if (layout.numbers() != Numbers.INLINE
        && m.matches()
        && width(m.group(1), regular, BODY_SIZE) < NUMBER_INDENT - 4) {
      float x = MARGIN + NUMBER_INDENT;
      float rest = layout.numbers() == Numbers.HANGING ? x : MARGIN;
      paragraph(m.group(2), regular, BODY_SIZE, x, rest, m.group(1), MARGIN);
    } else {
      paragraph(text, regular, BODY_SIZE, MARGIN + layout.firstIndent(), MARGIN, null, 0);
    }
  }

  private void heading(String text, float size) throws IOException {
    if (y - 4 * layout.leading() < BOTTOM) {
      newPage();
    }
    y -= 6;
    if (layout.smallCaps()) {
      String caps = sanitise(text, bold).toUpperCase(java.util.Locale.ROOT);
      // wrapped on its capitals, the widest it can be set
      for (String line : wrapAs(sanitise(text, bold), caps, bold, size)) {
        room(layout.leading());
        smallCaps(line, size, MARGIN, y);
        y -= layout.leading();
      }
    } else {
      paragraph(text, bold, size, MARGIN, MARGIN, null, 0);
    }
    y -= 4;
  }

  /** The lines of {@code text} where {@code measured}, its same words set otherwise, wraps. */
  private static List<String> wrapAs(String text, String measured, PDFont font, float size)
      throws IOException {
    String[] words = text.split(" +");
    List<String> lines = new ArrayList<>();
    int at = 0;
    for (String m : wrap(measured, font, size, WIDTH, WIDTH)) {
      int n = m.split(" +").length;
      lines.add(String.join(" ", java.util.Arrays.asList(words).subList(at, at + n)));
      at += n;
    }
    return lines;
  }

  /** Small capitals as producers simulate them: lower-case letters as capitals 80 % high. */
  private void smallCaps(String line, float size, float x, float at) throws IOException {
    StringBuilder run = new StringBuilder();
    boolean lower = false;
    float cx = x;
    for (int i = 0; i <= line.length(); i++) {
      boolean end = i == line.length();
      char c = end ? ' ' : line.charAt(i);
      boolean isLower = Character.isLowerCase(c);
      if (!run.isEmpty() && (end || isLower != lower)) {
        float runSize = lower ? size * 0.8f : size;
        String t = lower ? run.toString().toUpperCase(java.util.Locale.ROOT) : run.toString();
        show(t, bold, runSize, cx, at, 0);
        cx += width(t, bold, runSize);
        run.setLength(0);
      }
      lower = isLower;
      run.append(c);
    }
  }

  private void centred(String text, PDFont font, float size) throws IOException {
    for (String line : wrap(sanitise(text, font), font, size, WIDTH, WIDTH)) {
      room(layout.leading());
      float w = width(line, font, size);
      show(line, font, size, MARGIN + (WIDTH - w) / 2, y, 0);
      y -= size + 3;
    }
  }

  /**
   * A wrapped paragraph, justified when the layout is: its first line starts at {@code firstX}, the
   * others at {@code restX}; a {@code marker} (bullet or number) stands at {@code markerX}.
   */
  private void paragraph(
      String text, PDFont font, float size, float firstX, float restX, String marker, float markerX)
      throws IOException {
    float right = MARGIN + WIDTH;
    List<String> lines = wrap(sanitise(text, font), font, size, right - firstX, right - restX);
    for (int i = 0; i < lines.size(); i++) {
      room(layout.leading());
      if (marker != null && i == 0) {
        show(sanitise(marker, font), font, size, markerX, y, 0);
      }
      String line = lines.get(i);
      float x = i == 0 ? firstX : restX;
      float spacing = 0;
      int spaces = (int) line.chars().filter(c -> c == ' ').count();
      if (layout.justify() && i < lines.size() - 1 && spaces > 0 && font == regular) {
        spacing = (right - x - width(line, font, size)) / spaces;
      }
      show(line, font, size, x, y, spacing);
      y -= layout.leading();
    }
  }

  private void row(List<String> cells) throws IOException {
    float size = 10;
    float colWidth = WIDTH / cells.size();
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (String c : cells) {
      List<String> w = wrap(sanitise(c, regular), regular, size, colWidth - 8, colWidth - 8);
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
    y = TOP - BODY_SIZE;
  }

  /**
   * The page numbers (and a report's running symbol), added to every page once the page count is
   * known, at the end of its content as producers that number "Page X of Y" do.
   */
  private void furniture() throws IOException {
    int total = doc.getNumberOfPages();
    for (int i = 1; i <= total; i++) {
      PDPage page = doc.getPage(i - 1);
      try (PDPageContentStream foot =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        cs = foot;
        String n = Integer.toString(i);
        switch (layout.footer()) {
          case NUMBER -> show(n, small, 9, MARGIN + (WIDTH - width(n, small, 9)) / 2, 40, 0);
          case PAGE_OF -> {
            String t = "Page " + n + " of " + total;
            show(t, small, 9, MARGIN + WIDTH - width(t, small, 9), 40, 0);
          }
          case DASHED -> {
            String t = "- " + n + " -";
            show(t, small, 9, MARGIN + (WIDTH - width(t, small, 9)) / 2, 40, 0);
          }
          case OUTER ->
              show(n, small, 9, i % 2 == 1 ? MARGIN + WIDTH - width(n, small, 9) : MARGIN, 40, 0);
        }
        if (layout.symbolHeader()) {
          String t = sanitise(symbol, small);
          float w = width(t, small, 9);
          show(
              t,
              small,
              9,
              i % 2 == 1 ? MARGIN + WIDTH - w : MARGIN,
              PDRectangle.A4.getHeight() - 52,
              0);
        }
      }
    }
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

  private static List<String> wrap(String text, PDFont font, float size, float first, float rest)
      throws IOException {
    return TextWrap.lines(text, font, size, first, rest);
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
