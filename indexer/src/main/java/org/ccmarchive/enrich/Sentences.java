package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences, not at the dots of titles ("Ms.", "H.E.") or initials. */
final class Sentences {

  private Sentences() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < text.length() - 1; i++) {
      if (isBoundary(text, i)) {
        out.add(text.substring(start, i + 1).strip());
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start).strip());
    }
    return out;
  }

  /** True when the character at {@code i} ends a sentence. */
  static boolean isBoundary(String text, int i) {
    char c = text.charAt(i);
    if (c == '。' || c == '！' || c == '？' || c == '؟') {
      // Chinese and Arabic stops end a sentence with no space after them.
      return i + 1 < text.length();
    }
    return (c == '.' || c == '!' || c == '?' || c == ';')
        && i + 1 < text.length()
        && Character.isWhitespace(text.charAt(i + 1))
        && !isAbbreviation(text, i);
  }

  private static boolean isAbbreviation(String text, int dot) {
    if (text.charAt(dot) != '.') {
      return false;
    }
    int s = dot;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String word = text.substring(s, dot);
    return word.length() <= 1
        || word.matches(
            "Mr|Ms|Mrs|Dr|Prof|Amb|No|St|Rev|Add|Corr|Mme|Mlle|Sr|Sra|Srta|Dra|Excmo|Excma|art");
  }
}
