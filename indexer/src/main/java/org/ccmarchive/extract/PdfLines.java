package org.ccmarchive.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, kept to its line building: each printed line comes out as a {@link
 * PdfLine} with its glyphs' positions, size and weight, for {@link PdfParagraphs} to read paragraph
 * breaks from. Text stays in content-stream order, as Tika read it (producers write records top to
 * bottom; sorting every glyph is PDFBox's costliest option).
 */
final class PdfLines extends PDFTextStripper {

  private static final float BOLD_SHARE = 0.8f;
  private static final int BOLD_WEIGHT = 600;

  /** A capital drawn below this share of its word's first letter is a small capital. */
  private static final float SMALL_CAPS = 0.9f;

  private final List<PdfLine> lines = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<TextPosition> glyphs = new ArrayList<>();
  private final long maxChars;
  private long chars;
  private long glyphCount;
  private long invisibleGlyphs;

  private PdfLines(long maxChars) {
    this.maxChars = maxChars;
    setSortByPosition(false);
    // As Tika reads PDFs: checking every glyph for an overlapping twin (fake bold drawn twice) is
    // PDFBox's second costliest option.
    setSuppressDuplicateOverlappingText(false);
  }

  /**
   * Reads the printed lines of every page.
   *
   * @throws BlockCollector.TextLimitExceeded when the text runs past {@code maxChars}
   */
  static PdfLines of(PDDocument doc, long maxChars) throws IOException {
    PdfLines stripper = new PdfLines(maxChars);
    stripper.writeText(doc, new StringWriter());
    return stripper;
  }

  List<PdfLine> lines() {
    return List.copyOf(lines);
  }

  /** Glyphs drawn invisible: the text layer an OCR engine lays over a scanned page. */
  int invisibleShare() {
    return glyphCount == 0 ? 0 : (int) (100L * invisibleGlyphs / glyphCount);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    glyphCount++;
    if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
      invisibleGlyphs++;
    }
    super.processTextPosition(text);
  }

  @Override
  protected void writeString(String s, List<TextPosition> positions) {
    text.append(s);
    glyphs.addAll(positions);
    chars += s.length();
    if (chars > maxChars) {
      throw new BlockCollector.TextLimitExceeded(maxChars);
    }
  }

  @Override
  protected void writeWordSeparator() {
    text.append(' ');
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writeParagraphStart() {
    // paragraphs are read from the lines' geometry, not from PDFBox's guess
  }

  @Override
  protected void writeParagraphEnd() {
    endLine();
  }

  @Override
  protected void writePageStart() {
    // pages are known from getCurrentPageNo()
  }

  @Override
  protected void writePageEnd() {
    endLine();
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    endLine();
    super.endPage(page);
  }

  private void endLine() {
    String line = smallCapsToLower(text.toString(), glyphs).strip();
    if (!line.isEmpty() && !glyphs.isEmpty()) {
      lines.add(line(line));
    }
    text.setLength(0);
    glyphs.clear();
  }

  private PdfLine line(String line) {
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y = 0;
    int letters = 0;
    int bold = 0;
    List<Float> sizes = new ArrayList<>(glyphs.size());
    float space = 0;
    for (TextPosition g : glyphs) {
      x0 = Math.min(x0, g.getXDirAdj());
      x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
      String u = g.getUnicode();
      if (u == null || u.isBlank()) {
        continue;
      }
      sizes.add(g.getFontSizeInPt());
      y = Math.max(y, g.getYDirAdj());
      space = Math.max(space, g.getWidthOfSpace());
      letters++;
      if (isBold(g.getFont())) {
        bold++;
      }
    }
    sizes.sort(null);
    float size = sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
    float firstWord = firstWordEnd(glyphs, x1) - x0;
    return new PdfLine(
        getCurrentPageNo(),
        line,
        x0,
        x1,
        y,
        size,
        letters > 0 && bold >= letters * BOLD_SHARE,
        firstWord,
        space);
  }

  /**
   * Small capitals as producers set them: lower-case letters drawn as capitals in a smaller size. A
   * capital smaller than the letter that opens its word goes back to lower case, so "Clearance" set
   * in small capitals reads as it was written, not as "CLEARANCE".
   */
  static String smallCapsToLower(String s, List<TextPosition> glyphs) {
    float capital = 0;
    for (TextPosition g : glyphs) {
      String u = g.getUnicode();
      if (u != null && u.codePoints().anyMatch(Character::isUpperCase)) {
        capital = Math.max(capital, g.getFontSizeInPt());
      }
    }
    if (capital == 0) {
      return s;
    }
    // The line's text is its glyphs' text with word separators between them: walk both.
    StringBuilder out = new StringBuilder(s.length());
    int gi = 0;
    int si = 0;
    while (si < s.length()) {
      if (gi < glyphs.size()) {
        String u = glyphs.get(gi).getUnicode();
        if (u != null && !u.isEmpty() && s.startsWith(u, si)) {
          boolean small = glyphs.get(gi).getFontSizeInPt() < SMALL_CAPS * capital;
          out.append(small ? u.toLowerCase(java.util.Locale.ROOT) : u);
          si += u.length();
          gi++;
          continue;
        }
      }
      out.append(s.charAt(si++));
    }
    return out.toString();
  }

  /**
   * Where the line's first word ends: the first run of glyphs with a letter or digit (a bullet
   * before it moves with it), up to a space glyph or a gap as wide as a third of a space.
   */
  private static float firstWordEnd(List<TextPosition> glyphs, float lineEnd) {
    boolean inWord = false;
    float end = Float.NaN;
    for (TextPosition g : glyphs) {
      String u = g.getUnicode();
      boolean blank = u == null || u.isBlank();
      float start = g.getXDirAdj();
      if (inWord && (blank || start - end > g.getWidthOfSpace() / 3)) {
        return end;
      }
      if (!blank && u.codePoints().anyMatch(Character::isLetterOrDigit)) {
        inWord = true;
      }
      end = start + g.getWidthDirAdj();
    }
    return lineEnd;
  }

  /** A bold face by its descriptor's weight or flag, else by its name ("Arial-BoldMT"). */
  static boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    if (d != null && (d.isForceBold() || d.getFontWeight() >= BOLD_WEIGHT)) {
      return true;
    }
    String name = font.getName();
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("bold")
        || n.contains("black")
        || n.contains("heavy")
        || n.contains("semibold")
        || n.contains("demi");
  }
}
