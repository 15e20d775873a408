package org.ccmarchive.enrich;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the language only where it is obvious: Arabic, Cyrillic or Chinese letters make up most of
 * the first letters (Russian for Cyrillic), or English, French or Spanish function words make up a
 * clear majority of the first words. Anything less clear stays unknown. The lists share no word
 * ("la", "que", "en" are both French and Spanish), so a Spanish text does not count for French.
 */
public final class FunctionWordLanguage implements LanguageDetector {

  private static final Map<String, Set<String>> WORDS =
      Map.of(
          "en", Set.of("the", "of", "and", "to", "in", "that", "with", "for", "was", "its"),
          "fr", Set.of("le", "les", "des", "et", "du", "une", "dans", "pour", "au", "aux", "est"),
          "es", Set.of("el", "los", "las", "del", "y", "una", "por", "para", "al", "con", "su"));

  private static final int SAMPLE_WORDS = 2000;
  private static final int MIN_HITS = 20;

  /** Letters of these scripts name their language outright: only Arabic, Russian, Chinese here. */
  private static final Map<Character.UnicodeScript, String> SCRIPTS =
      Map.of(
          Character.UnicodeScript.ARABIC, "ar",
          Character.UnicodeScript.CYRILLIC, "ru",
          Character.UnicodeScript.HAN, "zh");

  private static final int SAMPLE_CHARS = 4000;

  @Override
  public Optional<String> detect(String text) {
    Optional<String> script = byScript(text);
    if (script.isPresent()) {
      return script;
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", SAMPLE_WORDS + 1);
    String best = null;
    int bestHits = 0;
    int second = 0;
    for (var e : WORDS.entrySet()) {
      int hits = 0;
      for (int i = 0; i < Math.min(words.length, SAMPLE_WORDS); i++) {
        if (e.getValue().contains(words[i])) {
          hits++;
        }
      }
      if (hits > bestHits) {
        second = bestHits;
        bestHits = hits;
        best = e.getKey();
      } else if (hits > second) {
        second = hits;
      }
    }
    return bestHits >= MIN_HITS && bestHits >= 3 * second ? Optional.of(best) : Optional.empty();
  }

  /** The language of a script that makes up most letters of the text's beginning. */
  private static Optional<String> byScript(String text) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    int letters = 0;
    int end = Math.min(text.length(), SAMPLE_CHARS);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      String lang = SCRIPTS.get(Character.UnicodeScript.of(c));
      if (lang != null) {
        counts.merge(lang, 1, Integer::sum);
      }
    }
    int total = letters;
    return counts.entrySet().stream()
        .filter(e -> e.getValue() * 2 > total)
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
