package org.ccmarchive.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises paragraph numbers and headings in text that lost its styling. */
final class HeadingRules {

  /**
   * {@code 5.}, {@code 5.3}, {@code - 12.}: up to three levels of at most three digits each,
   * followed by a word, a quote, or a year and a word ({@code 6.4 2023 UNGA Resolution}).
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "^(?:[-–•]\\s*)?(\\d{1,3}(?:\\.\\d{1,3}){0,2})(\\.?)\\s+(?=[\\p{L}\"“‘'(]|(?:19|20)\\d{2}\\s+\\p{L})");

  /** {@code I.}, {@code IV.} or {@code A.} section markers of reports. */
  private static final Pattern OUTLINE = Pattern.compile("^([IVX]{1,5}|[A-H])\\.\\s+(?=\\p{Lu})");

  private static final Pattern HONORIFIC =
      Pattern.compile("^(Mr|Mrs|Ms|Miss|Dr|Prof|H\\.E|HE|Amb)\\.?\\s", Pattern.CASE_INSENSITIVE);

  private static final int MAX_HEADING_LENGTH = 150;

  /**
   * A footnote as PDF extraction leaves it at the foot of a page: a superscript or caret marker
   * ({@code ¹}, {@code ^{*}}), or a bare number before a document symbol or "e.g."/"See".
   */
  private static final Pattern FOOTNOTE =
      Pattern.compile(
          "^(?:\\^\\{[^}]{1,4}\\}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\d{1,2}\\s+(?=(?:CCM|A|APLC|CCW)/|e\\.g\\.|See\\b|Ibid))\\s*\\S");

  private static final int MAX_FOOTNOTE_LENGTH = 600;

  private HeadingRules() {}

  /** The paragraph's printed number, if it starts with one. */
  static Optional<String> number(String text) {
    Matcher m = NUMBER.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String number = m.group(1);
    // A bare integer without a dot is a quantity or a date ("13 November"), not a number.
    if (!number.contains(".") && m.group(2).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /** True for footnotes and document notes, which are kept apart from the body text. */
  static boolean isFootnote(String text) {
    return text.length() <= MAX_FOOTNOTE_LENGTH && FOOTNOTE.matcher(text).find();
  }

  /** The outline marker of a report heading ({@code I}, {@code A}), if any. */
  static Optional<String> outline(String text) {
    Matcher m = OUTLINE.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * An agenda item or session marker that numbers a heading in words: "Item 3: …", "Agenda item 4
   * –", "Session 2: …", "Point 1 – …", "Punto 5.", "Tema 2:", "Sesión 3:", "Séance 1 :".
   */
  private static final Pattern ITEM =
      Pattern.compile(
          "^(?:Agenda item|Item|Session|Point|Punto|Tema|Sesión|Séance|Sección|Section"
              + "|Articles?|Artículos?)\\s+\\d{1,2}(?:\\.\\d{1,2})?\\s*[:.–—-]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MAX_PHRASE_WORDS = 10;

  /** A body sentence: long enough and ending like a sentence. */
  private static final int MIN_SENTENCE = 60;

  /**
   * True when a paragraph reads as a heading. Shortness and capitals alone are no evidence (an
   * attendance line, "Held on …", a lone State name, "X representing …" are short and capitalised):
   * it must be numbered ({@code numbered}: "3.", "II.", "A.") or carry an item marker ("Item 3:"),
   * be written in capitals, be in title case (every word of four letters or more capitalised) where
   * a heading stands: right before body text ({@code beforeBody}), or be a short phrase in sentence
   * case between two body paragraphs ({@code afterBody} too), where a PDF text layer has lost the
   * bold of "Destruction des stocks".
   */
  static boolean looksLikeHeading(
      String text, boolean numbered, boolean beforeBody, boolean afterBody) {
    if (text.length() > MAX_HEADING_LENGTH || endsSentence(text)) {
      return false;
    }
    if (numbered) {
      return Character.isUpperCase(firstLetter(stripMarker(text)));
    }
    if (ITEM.matcher(text).find()) {
      return true;
    }
    if (!Character.isUpperCase(text.charAt(0)) || HONORIFIC.matcher(text).find()) {
      return false;
    }
    String[] words = text.split("\\s+");
    int letterWords = 0;
    int longWords = 0;
    int capitalised = 0;
    boolean allCaps = true;
    for (String w : words) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      letterWords++;
      if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        allCaps = false;
      }
      if (w.length() > 3) {
        longWords++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    if (letterWords < 2 || longWords == 0) {
      return false;
    }
    if (allCaps || (beforeBody && capitalised == longWords)) {
      return true;
    }
    return beforeBody
        && afterBody
        && letterWords <= MAX_PHRASE_WORDS
        && !text.endsWith(":")
        && !text.contains(" – ")
        && !text.contains(" - ");
  }

  /** True for body text: a sentence of some length ending with a stop. */
  static boolean isSentence(String text) {
    return text.length() >= MIN_SENTENCE && endsSentence(text);
  }

  private static boolean endsSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == ';' || last == ',' || last == '!' || last == '?';
  }

  private static String stripMarker(String text) {
    Matcher n = NUMBER.matcher(text);
    if (n.find()) {
      return text.substring(n.end());
    }
    Matcher o = OUTLINE.matcher(text);
    return o.find() ? text.substring(o.end()) : text;
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }
}
