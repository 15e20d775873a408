package org.ccmarchive.structure;

import java.util.ArrayList;
import java.util.List;
import org.ccmarchive.extract.TextBlock;

/**
 * Paragraph ends from line geometry, for PDF text layers that hand over several paragraphs (a
 * numbered heading and the paragraph after it, two paragraphs with a small gap) as one block. In
 * wrapped text every line of a paragraph but its last runs (nearly) the full width of the column; a
 * line well short of it, followed by a line that starts a new sentence, ends its paragraph.
 */
final class LineGeometry {

  /** A line shorter than this share of the full width ends a paragraph. */
  private static final double SHORT = 0.7;

  /** Lines needed to measure the full width; with fewer the layout is left as it is. */
  private static final int MIN_LINES = 6;

  private LineGeometry() {}

  /**
   * The column's full width in characters: the 90th percentile of the lengths of lines that are
   * followed by another line of their block (the last line of a paragraph says nothing), or 0.
   */
  static int fullWidth(List<TextBlock> blocks) {
    List<Integer> lengths = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (b.kind() != TextBlock.Kind.PARAGRAPH) {
        continue;
      }
      List<String> lines = lines(b.text());
      for (int i = 0; i < lines.size() - 1; i++) {
        lengths.add(lines.get(i).length());
      }
    }
    if (lengths.size() < MIN_LINES) {
      return 0;
    }
    lengths.sort(null);
    return lengths.get((int) (lengths.size() * 0.9));
  }

  /** The paragraphs of one block, cut after each short line that another sentence follows. */
  static List<String> splitAtShortLines(String block, int fullWidth) {
    if (fullWidth == 0 || block.indexOf('\n') < 0) {
      return List.of(block);
    }
    String[] lines = block.split("\n");
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      current.append(lines[i]).append('\n');
      // Raw lengths: the extra spaces a text layer keeps in a justified line measure its width.
      String line = lines[i].strip();
      String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
      if (!line.isEmpty()
          && !next.isEmpty()
          && line.length() < fullWidth * SHORT
          && !line.endsWith("-")
          && !Character.isLowerCase(next.codePointAt(0))) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString());
    }
    return out;
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
