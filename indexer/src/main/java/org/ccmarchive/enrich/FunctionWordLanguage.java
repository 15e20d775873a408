package org.ccmarchive.enrich;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the language only where it is obvious: Arabic, Russian or Chinese when most letters of the
 * opening are in that script (Arabic, Cyrillic, Han); English, French or Spanish when their
 * function words make up a clear majority of the first words. Anything less clear stays unknown.
 * The lists share no word ("la", "que", "en" are both French and Spanish), so a Spanish text does
 * not count for French.
 */
public final class FunctionWordLanguage implements LanguageDetector {

  private static final Map<String, Set<String>> WORDS =
      Map.of(
          "en", Set.of("the", "of", "and", "to", "in", "that", "with", "for", "was", "its"),
          "fr", Set.of("le", "les", "des", "et", "du", "une", "dans", "pour", "au", "aux", "est"),
          "es", Set.of("el", "los", "las", "del", "y", "una", "por", "para", "al", "con", "su"));

  private static final int SAMPLE_WORDS = 2000;
  private static final int MIN_HITS = 20;

  /** Letters read to decide the script. */
  private static final int SAMPLE_LETTERS = 3000;

  private static final Map<Character.UnicodeScript, String> SCRIPTS =
      Map.of(
          Character.UnicodeScript.ARABIC, "ar",
          Character.UnicodeScript.CYRILLIC, "ru",
          Character.UnicodeScript.HAN, "zh");

  @Override
  public Optional<String> detect(String text) {
    Optional<String> script = byScript(text);
    return script.isPresent() ? script : byFunctionWords(text);
  }

  /** The language whose script writes more than half the letters of the opening. */
  private static Optional<String> byScript(String text) {
    int letters = 0;
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i < text.length() && letters < SAMPLE_LETTERS; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
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

  private static Optional<String> byFunctionWords(String text) {
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
}
