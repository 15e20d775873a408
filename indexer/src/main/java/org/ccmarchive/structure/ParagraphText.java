package org.ccmarchive.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text clean-up for paragraphs: line joining and whitespace folding. */
final class ParagraphText {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\f\\r]*\\n");
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

  private ParagraphText() {}

  /**
   * A plain-text line longer than this was not wrapped by hand: the file has one line a paragraph.
   */
  private static final int UNWRAPPED_LINE = 150;

  private static final Pattern LINE_BREAK = Pattern.compile("\\n");

  /**
   * The paragraphs of one block. Plain text comes in one block: its paragraphs are its lines when
   * the file does not wrap lines by hand, else the runs between blank lines.
   */
  static List<String> paragraphsOf(String block, boolean plainText) {
    List<String> parts = splitOnBlankLines(block);
    if (!plainText || block.lines().noneMatch(l -> l.length() > UNWRAPPED_LINE)) {
      return parts;
    }
    List<String> lines = new ArrayList<>();
    for (String part : parts) {
      for (String line : LINE_BREAK.split(part)) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  /**
   * True when the last line of a laid-out paragraph is (nearly) as wide as its widest line: the
   * paragraph was cut there, since a paragraph's own last line is usually short.
   */
  static boolean endsAtFullWidth(String paragraph) {
    List<String> lines = paragraph.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() < 2) {
      return false;
    }
    int widest = lines.stream().mapToInt(String::length).max().orElse(0);
    return lines.getLast().length() * 100 >= widest * 85;
  }

  /** Splits a block on blank lines: plain-text formats carry several paragraphs in one block. */
  static List<String> splitOnBlankLines(String block) {
    List<String> parts = new ArrayList<>();
    for (String part : BLANK_LINE.split(block.replace("\r\n", "\n").replace('\r', '\n'))) {
      if (!part.isBlank()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /**
   * Joins the lines of one paragraph. A line ending in a hyphen is joined without a space: in these
   * records such hyphens are real ("half-day"), so they are kept rather than removed.
   */
  static String joinLines(String paragraph) {
    String[] lines = paragraph.split("\n");
    StringBuilder sb = new StringBuilder();
    for (String raw : lines) {
      String line = fold(raw);
      if (line.isEmpty()) {
        continue;
      }
      if (!sb.isEmpty() && !endsWithHyphenAfterLetter(sb)) {
        sb.append(' ');
      }
      sb.append(line);
    }
    return sb.toString();
  }

  /** Joins a paragraph continued after a break onto the text before it. */
  static String joinContinuation(String before, String after) {
    return endsWithHyphenAfterLetter(before) ? before + after : before + " " + after;
  }

  static String fold(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static boolean endsWithHyphenAfterLetter(CharSequence s) {
    int n = s.length();
    return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2));
  }
}
