package org.ccmarchive.enrich;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmarchive.language.FunctionWords;

/**
 * Names the language only where it is obvious: English, French or Spanish function words make up a
 * clear majority of the first words ({@link FunctionWords}). Anything less clear stays unknown.
 */
public final class FunctionWordLanguage implements LanguageDetector {

  private static final Map<String, Set<String>> WORDS = FunctionWords.BY_LANGUAGE;

  private static final int SAMPLE_WORDS = 2000;
  private static final int MIN_HITS = 20;

  @Override
  public Optional<String> detect(String text) {
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
