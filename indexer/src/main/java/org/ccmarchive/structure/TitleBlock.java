package org.ccmarchive.structure;

import java.util.List;

/**
 * The title block a record opens with: the lines of its cover page, or the run of lines set in
 * capitals at the top of its first page ({@code 3RC / THIRD REVIEW CONFERENCE / OF THE CONVENTION /
 * …}). Laid out line by line, they are one title, not paragraphs: the structure stage keeps them as
 * one passage, its lines separated by {@link #LINE_BREAK}, and the record stage reads the title
 * from them.
 */
public final class TitleBlock {

  /** Separates the lines of a title block within its passage. */
  public static final String LINE_BREAK = "\n";

  /** A title line is short; a longer line is body text whatever its case. */
  static final int MAX_LINE = 120;

  /** A cover page holds a few lines; a first page with more is the record's first page of text. */
  static final int MAX_COVER_LINES = 10;

  private TitleBlock() {}

  /** The lines of a passage (one unless it is a title block). */
  public static List<String> lines(String passageText) {
    return List.of(passageText.split(LINE_BREAK));
  }

  /**
   * A short line set in capitals (digits and signs allowed: {@code 3RC}, {@code LAO PDR | 2026}).
   */
  public static boolean isCapitalsLine(String text) {
    if (text.length() > MAX_LINE || HeadingRules.number(text).isPresent()) {
      return false;
    }
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters = true;
      }
    }
    return letters;
  }

  /** A line that could stand on a cover page: short, unnumbered, not a sentence. */
  static boolean isCoverLine(String text) {
    return text.length() <= MAX_LINE
        && HeadingRules.number(text).isEmpty()
        && !text.endsWith(".")
        && !HeadingRules.isFootnote(text);
  }
}
