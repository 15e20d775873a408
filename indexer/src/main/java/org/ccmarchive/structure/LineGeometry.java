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

  /** A line at least this share of the full width runs to the margin. */
  private static final double FULL = 0.85;

  /** Lines needed to measure the full width; with fewer the layout is left as it is. */
  private static final int MIN_LINES = 8;

  private LineGeometry() {}

  /**
   * The column's full width in characters: the 90th percentile of the lengths of the lines of
   * paragraph blocks (most lines of running text run to the margin), or 0 when there are too few.
   */
  static int fullWidth(List<TextBlock> blocks) {
    List<Integer> lengths = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (b.kind() == TextBlock.Kind.PARAGRAPH) {
        lines(b.text()).forEach(l -> lengths.add(l.length()));
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
    return splitLastLine(out, fullWidth);
  }

  /**
   * A text layer that takes an indented first line for a paragraph break cuts each paragraph after
   * its first line: the block then ends with the full-width, unfinished first line of the next
   * paragraph, after a line that ends a sentence. That line goes with what follows.
   */
  private static List<String> splitLastLine(List<String> parts, int fullWidth) {
    String last = parts.getLast();
    List<String> lines = last.lines().filter(l -> !l.isBlank()).toList();
    if (lines.size() < 2) {
      return parts;
    }
    String tail = lines.getLast().strip();
    String before = lines.get(lines.size() - 2).strip();
    if (runsFull(tail, fullWidth)
        && !endsClause(tail)
        && before.matches("(?s).*[.!?]$")
        && !Character.isLowerCase(tail.codePointAt(0))) {
      List<String> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
      out.add(String.join("\n", lines.subList(0, lines.size() - 1)) + "\n");
      out.add(lines.getLast() + "\n");
      return out;
    }
    return parts;
  }

  /** True when the last line of {@code part} runs to the margin: the paragraph goes on. */
  static boolean endsAtFullWidth(String part, int fullWidth) {
    List<String> lines = lines(part);
    return !lines.isEmpty() && runsFull(lines.getLast(), fullWidth);
  }

  private static boolean runsFull(String line, int fullWidth) {
    return line.length() >= fullWidth * FULL;
  }

  private static boolean endsClause(String line) {
    return line.matches("(?s).*[.:;!?]$");
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
