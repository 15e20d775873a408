package org.ccmarchive.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

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
}
