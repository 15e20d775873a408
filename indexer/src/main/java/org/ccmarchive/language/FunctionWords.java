package org.ccmarchive.language;

import java.util.Map;
import java.util.Set;

/**
 * The most frequent function words of English, French and Spanish. The lists share no word ("la",
 * "que", "en" are both French and Spanish), so a Spanish text does not count for French.
 */
public final class FunctionWords {

  /** By ISO 639-1 code. */
  public static final Map<String, Set<String>> BY_LANGUAGE =
      Map.of(
          "en", Set.of("the", "of", "and", "to", "in", "that", "with", "for", "was", "its"),
          "fr", Set.of("le", "les", "des", "et", "du", "une", "dans", "pour", "au", "aux", "est"),
          "es", Set.of("el", "los", "las", "del", "y", "una", "por", "para", "al", "con", "su"));

  private FunctionWords() {}

  /**
   * True when {@code text} is plainly written in {@code language} (one of the three): Latin letters
   * only, at least {@code minHits} of its function words among the first {@code maxChars}
   * characters, and three times as many as of either other language's.
   */
  public static boolean plainly(String text, String language, int maxChars, int minHits) {
    Set<String> own = BY_LANGUAGE.get(language);
    if (own == null) {
      return false;
    }
    int end = Math.min(text.length(), maxChars);
    int hits = 0;
    int otherHits = 0;
    int wordStart = -1;
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (c >= 0x250) {
          return false; // beyond Latin Extended-B: another script
        }
        if (wordStart < 0) {
          wordStart = i;
        }
      } else if (wordStart >= 0) {
        if (i - wordStart <= 4) {
          String w = text.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT);
          if (own.contains(w)) {
            hits++;
          } else if (isOtherFunctionWord(w, language)) {
            otherHits++;
          }
        }
        wordStart = -1;
      }
    }
    return hits >= minHits && hits >= 3 * otherHits;
  }

  private static boolean isOtherFunctionWord(String word, String language) {
    for (var e : BY_LANGUAGE.entrySet()) {
      if (!e.getKey().equals(language) && e.getValue().contains(word)) {
        return true;
      }
    }
    return false;
  }
}
