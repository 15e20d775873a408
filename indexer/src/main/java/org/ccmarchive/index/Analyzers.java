package org.ccmarchive.index;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ru.RussianLightStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;

/**
 * The analysis chains the schema names, each declared once as data: the embedded index builds its
 * analyzers from them and the Solr configset its field types ({@link SolrConfigset}).
 */
final class Analyzers {

  private Analyzers() {}

  /** Body text: Unicode words, lower-cased, accents folded, English stemming. */
  static final AnalysisChain ENGLISH_TEXT =
      AnalysisChain.of(
          "text_en",
          StandardTokenizerFactory.class,
          List.of(
              EnglishPossessiveFilterFactory.class,
              LowerCaseFilterFactory.class,
              ASCIIFoldingFilterFactory.class,
              PorterStemFilterFactory.class));

  /** Names and titles: words folded but not stemmed, so a name matches only itself. */
  static final AnalysisChain FOLDED_WORDS =
      AnalysisChain.of(
          "folded_words",
          StandardTokenizerFactory.class,
          List.of(LowerCaseFilterFactory.class, ASCIIFoldingFilterFactory.class));

  /** Whole-value keywords (type, format, paragraph number), matched case- and accent-blind. */
  static final AnalysisChain FOLDED_KEYWORD =
      AnalysisChain.of(
          "folded_keyword",
          KeywordTokenizerFactory.class,
          List.of(LowerCaseFilterFactory.class, ASCIIFoldingFilterFactory.class));

  // Stop words are kept in the Latin-script languages (a query word must be able to match the
  // language-neutral field too, and phrases keep their positions); accents are folded after
  // stemming, so "etats" and "États" meet in the same term. ElisionFilterFactory without an
  // articles file strips French articles.
  private static final AnalysisChain FRENCH_TEXT =
      AnalysisChain.of(
          "text_fr",
          StandardTokenizerFactory.class,
          List.of(
              LowerCaseFilterFactory.class,
              ElisionFilterFactory.class,
              FrenchLightStemFilterFactory.class,
              ASCIIFoldingFilterFactory.class));

  private static final AnalysisChain SPANISH_TEXT =
      latinText("es", SpanishLightStemFilterFactory.class);
  private static final AnalysisChain RUSSIAN_TEXT =
      latinText("ru", RussianLightStemFilterFactory.class);

  private static final String ARABIC_STOP_WORDS = "lang/stopwords_ar.txt";
  private static final String CHINESE_STOP_WORDS = "lang/stopwords_zh.txt";

  /** Lucene's ArabicAnalyzer, step by step, with its own stop words. */
  private static final AnalysisChain ARABIC_TEXT =
      new AnalysisChain(
          "text_ar",
          step(StandardTokenizerFactory.class),
          List.of(
              step(LowerCaseFilterFactory.class),
              step(DecimalDigitFilterFactory.class),
              new AnalysisChain.Step(StopFilterFactory.class, Map.of("words", ARABIC_STOP_WORDS)),
              step(ArabicNormalizationFilterFactory.class),
              step(ArabicStemFilterFactory.class)),
          Map.of(ARABIC_STOP_WORDS, words(ArabicAnalyzer.getDefaultStopSet())));

  /** Lucene's SmartChineseAnalyzer (word segmentation), step by step, with its own stop words. */
  private static final AnalysisChain CHINESE_TEXT =
      new AnalysisChain(
          "text_zh",
          step(HMMChineseTokenizerFactory.class),
          List.of(
              step(PorterStemFilterFactory.class),
              new AnalysisChain.Step(StopFilterFactory.class, Map.of("words", CHINESE_STOP_WORDS))),
          Map.of(CHINESE_STOP_WORDS, words(SmartChineseAnalyzer.getDefaultStopSet())));

  /** The chain for body text in one of {@link IndexSchema#LANGUAGES}. */
  static AnalysisChain languageText(String language) {
    return switch (language) {
      case "en" -> ENGLISH_TEXT;
      case "fr" -> FRENCH_TEXT;
      case "es" -> SPANISH_TEXT;
      case "ru" -> RUSSIAN_TEXT;
      case "ar" -> ARABIC_TEXT;
      case "zh" -> CHINESE_TEXT;
      default -> throw new IllegalArgumentException("no analyzer for language " + language);
    };
  }

  private static AnalysisChain latinText(
      String language, Class<? extends org.apache.lucene.analysis.TokenFilterFactory> stemmer) {
    return AnalysisChain.of(
        "text_" + language,
        StandardTokenizerFactory.class,
        List.of(LowerCaseFilterFactory.class, stemmer, ASCIIFoldingFilterFactory.class));
  }

  private static AnalysisChain.Step step(Class<?> factory) {
    return new AnalysisChain.Step(factory, Map.of());
  }

  /** A Lucene stop set as a sorted word list (one word a line, as Solr's word files). */
  private static List<String> words(CharArraySet set) {
    return StreamSupport.stream(set.spliterator(), false)
        .map(w -> new String((char[]) w))
        .sorted()
        .toList();
  }
}
