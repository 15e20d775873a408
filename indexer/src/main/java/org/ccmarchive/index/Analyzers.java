package org.ccmarchive.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/** The analyzers the schema names. Built by hand so nothing depends on SPI look-ups. */
final class Analyzers {

  private Analyzers() {}

  /** Body text: Unicode words, lower-cased, accents folded, English stemming. */
  static Analyzer englishText() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        ts = new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Names and titles: words folded but not stemmed, so a name matches only itself. */
  static Analyzer foldedWords() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Whole-value keywords (type, format, paragraph number), matched case- and accent-blind. */
  static Analyzer foldedKeyword() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(
            source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /**
   * The analyzer for body text in one UN language. Stop words are kept (a query word must be able
   * to match the language-neutral field too, and phrases keep their positions); accents are folded
   * after stemming, so {@code etats} and {@code États} meet in the same term.
   */
  static Analyzer languageText(String language) {
    return switch (language) {
      case "en" -> englishText();
      case "fr" -> latinText(true, FrenchLightStemFilter::new);
      case "es" -> latinText(false, SpanishLightStemFilter::new);
      case "ru" -> latinText(false, RussianLightStemFilter::new);
      case "ar" -> new ArabicAnalyzer();
      case "zh" -> new SmartChineseAnalyzer();
      default -> throw new IllegalArgumentException("no analyzer for language " + language);
    };
  }

  private static Analyzer latinText(
      boolean elision, java.util.function.UnaryOperator<TokenStream> stemmer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        if (elision) {
          ts = new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES);
        }
        ts = stemmer.apply(ts);
        ts = new ASCIIFoldingFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream ts = new LowerCaseFilter(in);
        if (elision) {
          ts = new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES);
        }
        return new ASCIIFoldingFilter(ts);
      }
    };
  }
}
