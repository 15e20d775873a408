package org.ccmarchive.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Tells which of the six UN languages a text is written in, or {@code other}. Backed by Lingua with
 * only the six languages' models loaded: it is built for short texts (a paragraph, a heading),
 * where profile-based detectors guess. Thread-safe; build one per indexing run.
 */
public final class LanguageIdentifier {

  /** Below this many letters a text says too little: the caller falls back to the record's. */
  static final int MIN_LETTERS = 12;

  /**
   * Characters of a passage Lingua reads. Its cost grows with the text (n-grams of one to five
   * letters) while a few sentences already decide the language: past this, more text only made
   * detection the largest cost of indexing.
   */
  static final int SAMPLE_CHARS = 400;

  /**
   * A passage keeps its record's language unless another language is clearly likelier: Lingua's
   * confidences are relative to the best (1.0), and short headings often score a close second in
   * their real language ("Destruction des stocks": English 1.0, French 0.94).
   */
  private static final double KEEP_RECORD_LANGUAGE = 0.85;

  /**
   * Characters of a whole record read to name its language: enough to get past a heading in another
   * language (a symbol, an English title page) to the body.
   */
  static final int RECORD_SAMPLE_CHARS = 2_000;

  /**
   * Function words of the record's language a passage needs to keep it without asking Lingua. A
   * record is identified once; only passages that do not plainly read as its language (headings,
   * quotes, lists of names, another language) are identified on their own. Lingua on every passage
   * was most of the language cost of indexing, and it keeps the record's language for these anyway
   * (LanguageIdentifierTest compares both on every test text).
   */
  static final int PLAIN_PASSAGE_HITS = 3;

  /**
   * Function words a record's sample needs to be named by them without Lingua: a record is read
   * from 2,000 characters, where its own language's function words run to dozens; this many, and
   * three times any other language's, leave no doubt (LanguageIdentifierTest compares with Lingua
   * on every test text).
   */
  static final int PLAIN_RECORD_HITS = 12;

  /** Share of a text's letters that must be in one of the six's own scripts to name it by that. */
  static final double OWN_SCRIPT_SHARE = 0.9;

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
   * The language of {@code text}: an ISO 639-1 code of a UN language, {@code other} when it is
   * written in a script none of them uses, or {@code fallback} (the record's language) when the
   * text is too short to tell or the fallback is nearly as likely as the best guess.
   */
  public String identify(String text, String fallback) {
    if (letters(text) < MIN_LETTERS) {
      return fallback;
    }
    if (FunctionWords.plainly(text, fallback, SAMPLE_CHARS, PLAIN_PASSAGE_HITS)) {
      return fallback;
    }
    String script = ownScript(sample(text));
    if (script != null) {
      return script;
    }
    return identifyByModel(text, fallback);
  }

  /** {@link #identify} by Lingua alone, without the plain-passage shortcut. */
  String identifyByModel(String text, String fallback) {
    if (letters(text) < MIN_LETTERS) {
      return fallback;
    }
    SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(sample(text));
    if (confidence.isEmpty()) {
      return "other";
    }
    for (Map.Entry<Language, Double> e : confidence.entrySet()) {
      if (CODES.get(e.getKey()).equals(fallback) && e.getValue() >= KEEP_RECORD_LANGUAGE) {
        return fallback;
      }
    }
    return CODES.get(confidence.firstKey());
  }

  /**
   * The language a whole record is written in, when Lingua is sure of it; empty when the text is
   * too short to tell or is in none of the six languages.
   */
  public Optional<String> ofRecord(String text) {
    String sample = sample(text, RECORD_SAMPLE_CHARS);
    if (letters(sample) < MIN_LETTERS) {
      return Optional.empty();
    }
    String script = ownScript(sample);
    if (script != null) {
      return Optional.of(script);
    }
    for (String language : FunctionWords.BY_LANGUAGE.keySet()) {
      if (FunctionWords.plainly(sample, language, RECORD_SAMPLE_CHARS, PLAIN_RECORD_HITS)) {
        return Optional.of(language);
      }
    }
    return ofRecordByModel(sample);
  }

  /** {@link #ofRecord} by Lingua alone, without the script and function-word shortcuts. */
  Optional<String> ofRecordByModel(String text) {
    String sample = sample(text, RECORD_SAMPLE_CHARS);
    if (letters(sample) < MIN_LETTERS) {
      return Optional.empty();
    }
    return Optional.ofNullable(CODES.get(detector.detectLanguageOf(sample)));
  }

  /**
   * The language whose script {@code text} is written in, when only one of the six writes it
   * (Arabic, Cyrillic, Han) and at least {@link #OWN_SCRIPT_SHARE} of its letters are in it, the
   * rest Latin (symbols such as CCM/MSP/2024/5): Lingua decides such a text by its script alone, so
   * asking it only costs its n-gram models. Null for any other text.
   */
  static String ownScript(String text) {
    String found = null;
    int own = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      String language =
          switch (script) {
            case ARABIC -> "ar";
            case CYRILLIC -> "ru";
            case HAN -> "zh";
            default -> null;
          };
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (language == null || (found != null && !found.equals(language))) {
        return null;
      } else {
        found = language;
        own++;
      }
    }
    return own > 0 && own >= OWN_SCRIPT_SHARE * (own + latin) ? found : null;
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

  /** The start of {@code text}, cut at a space so no word is split. */
  static String sample(String text) {
    return sample(text, SAMPLE_CHARS);
  }

  static String sample(String text, int chars) {
    if (text.length() <= chars) {
      return text;
    }
    int cut = text.lastIndexOf(' ', chars);
    return text.substring(0, cut > chars / 2 ? cut : chars);
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
