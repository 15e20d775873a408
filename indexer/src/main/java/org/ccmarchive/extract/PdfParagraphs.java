package org.ccmarchive.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups a PDF's printed lines into paragraphs and headings from their geometry and typography, the
 * evidence every producer leaves whatever its paragraph style (space after, first-line indent,
 * hanging indent, justified or ragged): a line starts a new paragraph when the gap above it is
 * wider than the record's line spacing, when its size or weight changes, when it is indented or set
 * out against the line before, when it opens with a list or paragraph number after a finished
 * clause, or when its first word would have fitted at the end of the line before (that line was
 * ended on purpose, not wrapped). A paragraph in bold or a larger size, of a few lines at the left
 * margin, is a heading. A line repeated at the same height on several pages (running header, "Page
 * 2 of 5") is a block of its own, for the structure stage's page furniture to recognise. Each block
 * keeps its lines apart with {@code \n}; a page break always ends a block (the structure stage
 * re-joins a paragraph a page cut).
 */
final class PdfParagraphs {

  /** A gap wider than this many line spacings is a paragraph break. */
  private static final float GAP = 1.2f;

  /** Paragraph gaps that show a producer marks paragraphs with space. */
  private static final int MIN_GAPS = 3;

  /** The share of run-on lines with room for the next word that shows lines are not filled. */
  private static final double UNFILLED_SHARE = 0.05;

  /** Where lines are not filled, a line shorter than this share of the column ends a paragraph. */
  private static final float SHORT_LINE = 0.7f;

  /**
   * Where lines are not filled, a line this close to the right edge (share of the column) is full.
   */
  private static final float UNFILLED_FULL = 0.15f;

  /** Sizes further apart than this (points) are different type. */
  private static final float SIZE_STEP = 1f;

  /** A heading is at least this much larger than the body, or bold. */
  private static final float HEADING_STEP = 1f;

  private static final int HEADING_MAX_LINES = 3;
  private static final int HEADING_MAX_CHARS = 200;

  /** Bullets, list letters and paragraph numbers a producer sets at the start of a line. */
  private static final Pattern MARKER =
      Pattern.compile(
          "^(?:[•◦▪▫‣∙·●○■□➢►*–—-]|\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]"
              + "|\\d{1,3}(?:\\.\\d{1,3}){1,2}\\.?)(?:\\s|$)");

  /** A running header or footer is a short line. */
  private static final int MAX_FURNITURE = 120;

  /** Bullet glyphs, which never start a wrapped line (a dash may). */
  private static final Pattern BULLET = Pattern.compile("^[•◦▪▫‣∙●○■□➢►]\\s");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private PdfParagraphs() {}

  static List<TextBlock> blocks(List<PdfLine> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    Layout layout = Layout.of(lines);
    layout = layout.withFilledLines(fillsLines(lines, layout));
    Set<Integer> furniture = furniture(lines);
    List<TextBlock> out = new ArrayList<>();
    List<PdfLine> current = new ArrayList<>();
    // Furniture met while a paragraph may still go on over the page break: emitted after it.
    List<PdfLine> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      PdfLine l = lines.get(i);
      if (furniture.contains(i)) {
        pending.add(l);
        continue;
      }
      if (!current.isEmpty() && breaks(current, l, layout)) {
        flush(current, layout, out);
      }
      if (current.isEmpty()) {
        for (PdfLine f : pending) {
          current.add(f);
          flush(current, layout, out);
        }
        pending.clear();
      }
      current.add(l);
    }
    flush(current, layout, out);
    for (PdfLine f : pending) {
      current.add(f);
      flush(current, layout, out);
    }
    return out;
  }

  /** True when {@code l} does not go on the paragraph whose lines are {@code current}. */
  static boolean breaks(List<PdfLine> current, PdfLine l, Layout layout) {
    PdfLine p = current.getLast();
    boolean first = current.size() == 1;
    float size = Math.max(p.size(), l.size());
    if (l.page() != p.page()) {
      return !continuesOverPage(current, l, layout);
    }
    float gap = l.y() - p.y();
    // Up the page or on the same baseline: another column, table cell or a run set apart.
    if (gap < 0.3f * size) {
      return true;
    }
    if (gap > GAP * layout.leading(size)) {
      return true;
    }
    if (Math.abs(l.size() - p.size()) > SIZE_STEP || l.bold() != p.bold()) {
      return true;
    }
    if (centred(p, layout) != centred(l, layout) && !wrappedCentred(p, l, layout)) {
      // a title block's or letterhead's lines against the text at the margin
      return true;
    }
    if (MARKER.matcher(l.text()).find() && endsClause(p.text())) {
      return true;
    }
    float em = 0.5f * l.size();
    if (BULLET.matcher(l.text()).find() && l.x0() <= p.x0() + em) {
      // a bullet starts an item, however the item before it ended
      return true;
    }
    if (!first && l.x0() > p.x0() + em) {
      // indented under a line that was not its paragraph's first: a first-line indent
      return true;
    }
    if (!first && l.x0() < p.x0() - em) {
      // set out to the left of a hanging indent: the next numbered or bulleted item
      return true;
    }
    // The line before stopped short of the margin with room for this line's first word; a
    // heading's lines are broken where its author chose, so there the gap alone decides.
    if (p.text().endsWith("-") || headingType(p, layout)) {
      return false;
    }
    if (!layout.filledLines()) {
      // Lines broken short of the margin all along: only a clearly short line ends a paragraph.
      return p.x1() < layout.left() + SHORT_LINE * (layout.right() - layout.left())
          && !Character.isLowerCase(l.text().codePointAt(0));
    }
    return fits(p, l, layout);
  }

  /**
   * A page break cuts a paragraph when its last line on the page runs to the margin (the next
   * line's first word did not fit, or, where the producer does not fill lines, the line is about as
   * long as the longest), and the next page goes on in the same type at the paragraph's margin,
   * without a list marker.
   */
  private static boolean continuesOverPage(List<PdfLine> current, PdfLine l, Layout layout) {
    PdfLine p = current.getLast();
    float em = 0.5f * l.size();
    float margin =
        current.size() > 1
            ? (float) current.stream().skip(1).mapToDouble(PdfLine::x0).min().orElse(p.x0())
            : p.x0();
    return Math.abs(l.size() - p.size()) <= SIZE_STEP
        && l.bold() == p.bold()
        && !MARKER.matcher(l.text()).find()
        && Math.abs(l.x0() - margin) <= em
        && (p.text().endsWith("-")
            || !fits(p, l, layout)
            || (!layout.filledLines()
                && p.x1() >= layout.right() - UNFILLED_FULL * (layout.right() - layout.left())));
  }

  /**
   * True unless the producer does not fill its lines to the margin: it marks paragraphs with space
   * (three gaps or more), yet the next line's first word would have fitted after many of the lines
   * it runs on without a gap (text wrapped at a count of characters, not at the margin). Then a
   * short line is no evidence of a paragraph's end.
   */
  static boolean fillsLines(List<PdfLine> lines, Layout layout) {
    int gaps = 0;
    int runOn = 0;
    int fitting = 0;
    for (int i = 1; i < lines.size(); i++) {
      PdfLine p = lines.get(i - 1);
      PdfLine l = lines.get(i);
      if (p.page() != l.page()
          || Math.abs(p.size() - layout.bodySize()) > 0.5f
          || Math.abs(l.size() - layout.bodySize()) > 0.5f
          || headingType(p, layout)) {
        continue;
      }
      float gap = l.y() - p.y();
      if (gap > GAP * layout.leading(p.size())) {
        gaps++;
      } else if (gap > 0.3f * p.size()) {
        runOn++;
        fitting += fits(p, l, layout) ? 1 : 0;
      }
    }
    return gaps < MIN_GAPS || fitting < runOn * UNFILLED_SHARE;
  }

  /** Set in bold (when the body is not) or larger than the body. */
  private static boolean headingType(PdfLine l, Layout layout) {
    return (l.bold() && !layout.bodyBold()) || l.size() >= layout.bodySize() + HEADING_STEP;
  }

  /** A line set clear of both margins, as far from one as from the other. */
  static boolean centred(PdfLine l, Layout layout) {
    float em = l.size();
    float before = l.x0() - layout.left();
    float after = layout.right() - l.x1();
    return before > em && after > em && Math.abs(before - after) < 0.2f * em;
  }

  /**
   * A centred line too long for one line wraps to the full measure, where it looks like text set at
   * both margins; its last words, centred below it in the same type, go on with it.
   */
  private static boolean wrappedCentred(PdfLine p, PdfLine l, Layout layout) {
    float em = 0.5f * p.size();
    return centred(l, layout)
        && Math.abs(l.size() - p.size()) <= SIZE_STEP / 2
        && l.bold() == p.bold()
        && Math.abs(p.x0() - layout.left()) <= em
        && p.x1() >= layout.right() - em
        && !endsClause(p.text());
  }

  /** True when {@code l}'s first word would have fitted at the end of {@code p}. */
  private static boolean fits(PdfLine p, PdfLine l, Layout layout) {
    float size = Math.max(p.size(), l.size());
    return p.x1() + Math.max(p.space(), 0.2f * size) + l.firstWord() < layout.right() - 0.2f * size;
  }

  private static void flush(List<PdfLine> current, Layout layout, List<TextBlock> out) {
    if (current.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (PdfLine l : current) {
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append(l.text());
    }
    TextBlock.Kind kind =
        isHeading(current, layout) ? TextBlock.Kind.HEADING : TextBlock.Kind.PARAGRAPH;
    out.add(new TextBlock(kind, sb.toString(), current.getFirst().page()));
    current.clear();
  }

  /**
   * A heading by typography: a block of a few short lines at the left margin set in bold (when the
   * body is not) or larger than the body. Centred lines are a title block's, not headings.
   */
  static boolean isHeading(List<PdfLine> block, Layout layout) {
    if (block.size() > HEADING_MAX_LINES) {
      return false;
    }
    int chars = block.stream().mapToInt(l -> l.text().length()).sum();
    if (chars > HEADING_MAX_CHARS) {
      return false;
    }
    PdfLine first = block.getFirst();
    if (first.x0() > layout.left() + 0.2f * (layout.right() - layout.left())) {
      return false;
    }
    return block.stream().allMatch(l -> headingType(l, layout));
  }

  /**
   * Lines repeated at the same height on two or more pages (numbers folded, so "Page 2 of 5" and
   * "Page 3 of 5" repeat): running headers, footers and page numbers.
   */
  static Set<Integer> furniture(List<PdfLine> lines) {
    Map<String, Set<Integer>> pages = new HashMap<>();
    for (PdfLine l : lines) {
      pages.computeIfAbsent(furnitureKey(l), k -> new HashSet<>()).add(l.page());
    }
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      PdfLine l = lines.get(i);
      if (l.text().length() <= MAX_FURNITURE && pages.get(furnitureKey(l)).size() >= 2) {
        out.add(i);
      }
    }
    return out;
  }

  private static String furnitureKey(PdfLine l) {
    return Math.round(l.y() / 3)
        + "|"
        + DIGITS.matcher(l.text().toLowerCase(Locale.ROOT)).replaceAll("#");
  }

  private static boolean endsClause(String text) {
    return !text.isEmpty() && ".:;!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /**
   * The body's measures: its most common size, the line spacing at that size, the left and right
   * edges of its column, whether it is set in bold, and whether its lines are filled to the margin.
   */
  record Layout(
      float bodySize,
      float bodyLeading,
      float left,
      float right,
      boolean bodyBold,
      boolean filledLines) {

    Layout withFilledLines(boolean filled) {
      return new Layout(bodySize, bodyLeading, left, right, bodyBold, filled);
    }

    /** The line spacing expected at {@code size}: the body's, scaled. */
    float leading(float size) {
      return bodyLeading * Math.max(size, bodySize) / bodySize;
    }

    static Layout of(List<PdfLine> lines) {
      Map<Float, Integer> sizeChars = new HashMap<>();
      for (PdfLine l : lines) {
        sizeChars.merge(round(l.size()), l.text().length(), Integer::sum);
      }
      float body =
          sizeChars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      Map<Float, Integer> gaps = new HashMap<>();
      List<Float> lefts = new ArrayList<>();
      List<Float> rights = new ArrayList<>();
      int bold = 0;
      int bodyLines = 0;
      for (int i = 0; i < lines.size(); i++) {
        PdfLine l = lines.get(i);
        if (Math.abs(l.size() - body) > 0.5f) {
          continue;
        }
        bodyLines++;
        bold += l.bold() ? 1 : 0;
        lefts.add(l.x0());
        rights.add(l.x1());
        if (i > 0) {
          PdfLine p = lines.get(i - 1);
          float gap = l.y() - p.y();
          if (p.page() == l.page()
              && Math.abs(p.size() - body) <= 0.5f
              && gap > 0.8f * body
              && gap < 3 * body) {
            gaps.merge(round(gap), 1, Integer::sum);
          }
        }
      }
      // The line spacing is the smallest gap that recurs: gaps between a paragraph's lines are the
      // body's smallest, though in a record of one-line paragraphs the gaps between paragraphs are
      // more common.
      int total = gaps.values().stream().mapToInt(Integer::intValue).sum();
      float leading =
          gaps.entrySet().stream()
              .filter(e -> e.getValue() >= Math.max(2, total / 10))
              .map(Map.Entry::getKey)
              .min(Comparator.naturalOrder())
              .orElse(body * 1.2f);
      return new Layout(
          body,
          Math.max(leading, body),
          percentile(lefts, 0.1),
          percentile(rights, 0.9),
          bodyLines > 0 && bold * 2 > bodyLines,
          true);
    }

    private static float percentile(List<Float> values, double q) {
      if (values.isEmpty()) {
        return 0;
      }
      values.sort(null);
      return values.get((int) Math.min(values.size() - 1, values.size() * q));
    }

    private static float round(float v) {
      return Math.round(v * 2) / 2f;
    }
  }
}
