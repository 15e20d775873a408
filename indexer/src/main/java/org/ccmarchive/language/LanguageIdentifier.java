package org.ccmarchive.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells which of the six UN languages a text is written in, or {@code other}. Backed by Lingua with
 * only the six languages' models loaded: it is built for short texts (a paragraph, a heading),
 * where profile-based detectors guess. Thread-safe; build one per indexing run.
 */
public final class LanguageIdentifier {

  /** Below this many letters a text says too little: the caller falls back to the record's. */
  static final int MIN_LETTERS = 12;

  /** Below this confidence the text is taken to be in none of the six languages. */
  private static final double MIN_CONFIDENCE = 0.5;

  private static final Map<Language, String> CODES =
      Map.of(
          Language.ARABIC, "ar",
          Language.CHINESE, "zh",
          Language.ENGLISH, "en",
          Language.FRENCH, "fr",
          Language.RUSSIAN, "ru",
          Language.SPANISH, "es");

  private final LanguageDetector detector =
      LanguageDetectorBuilder.fromLanguages(CODES.keySet().toArray(Language[]::new)).build();

  /**
   * The language of {@code text}: an ISO 639-1 code of a UN language, {@code other}, or {@code
   * fallback} when the text is too short to tell.
   */
  public String identify(String text, String fallback) {
    if (letters(text) < MIN_LETTERS) {
      return fallback;
    }
    SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
    if (confidence.isEmpty()) {
      return fallback;
    }
    Language best = confidence.firstKey();
    double value = confidence.get(best);
    if (value < MIN_CONFIDENCE || !CODES.containsKey(best)) {
      return "other";
    }
    return CODES.get(best);
  }

  /** Normalises a language value from a sidecar or manifest to a code, or null. */
  public static String code(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String c = declared.strip().toLowerCase(Locale.ROOT);
    int cut = c.indexOf('-');
    return cut > 0 ? c.substring(0, cut) : c;
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
