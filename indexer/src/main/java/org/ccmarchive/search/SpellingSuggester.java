package org.ccmarchive.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.ccmarchive.index.IndexSchema;

/**
 * "Did you mean": replaces query words the index does not know by the closest indexed word. Words
 * are looked up in the language-neutral text field (every language, folded, unstemmed); the word
 * shown is the term's first occurrence in the text (read back through the offsets stored in the
 * postings), so the user sees it as written (accents included).
 */
final class SpellingSuggester {

  /** Plain words, not field names, operators, quoted or special syntax. */
  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}_:*?~\\\\])(\\p{L}{3,})(?![\\p{L}\\p{N}_:*?~])");

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  /**
   * Lucene's default, set explicitly: the checker runs with Lucene's defaults, which the Solr
   * configset's {@code DirectSolrSpellChecker} writes out one by one ({@code SolrConfigset}), so
   * both backends suggest the same words.
   */
  private static final int MIN_PREFIX = 1;

  private final Analyzer analyzer;
  private final DirectSpellChecker spell = new DirectSpellChecker();

  SpellingSuggester(Analyzer analyzer) {
    this.analyzer = analyzer;
    spell.setMinPrefix(MIN_PREFIX);
  }

  /** Where a backend looks words up, as the neutral field indexes them. */
  interface Words {
    /** Whether any document holds {@code term}. */
    boolean known(String term) throws IOException;

    /** The closest indexed term to {@code term}, if any is close enough. */
    Optional<String> closest(String term) throws IOException;

    /** The term as written where it occurs (lower-cased), else as indexed. */
    String written(String term) throws IOException;
  }

  /** The query with unknown words replaced, or empty when no word was replaced. */
  Optional<String> suggest(IndexReader reader, String query) throws IOException {
    return suggest(query, new LuceneWords(reader));
  }

  /** As {@link #suggest(IndexReader, String)}, looking words up in {@code words}. */
  Optional<String> suggest(String query, Words words) throws IOException {
    Matcher m = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String word = m.group(1);
      String replacement = word;
      if (!OPERATORS.contains(word)) {
        Optional<String> better = correct(words, word);
        if (better.isPresent() && !better.get().equalsIgnoreCase(word)) {
          replacement = better.get();
          changed = true;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private Optional<String> correct(Words words, String word) throws IOException {
    String stem = analyze(word);
    if (stem == null || words.known(stem)) {
      return Optional.empty();
    }
    Optional<String> closest = words.closest(stem);
    return closest.isEmpty() ? closest : Optional.of(words.written(closest.get()));
  }

  private String analyze(String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT_NEUTRAL, new StringReader(word))) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? t.toString() : null;
      ts.end();
      return first;
    }
  }

  /**
   * Where {@code term} first occurs in {@code text} as the neutral field analyses it, as written
   * (lower-cased); empty when the text does not hold it.
   */
  Optional<String> writtenIn(String text, String term) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT_NEUTRAL, new StringReader(text))) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      Optional<String> found = Optional.empty();
      while (found.isEmpty() && ts.incrementToken()) {
        if (term.contentEquals(t)) {
          found =
              Optional.of(text.substring(o.startOffset(), o.endOffset()).toLowerCase(Locale.ROOT));
        }
      }
      ts.end();
      return found;
    }
  }

  /** The embedded index's words: its term dictionary and Lucene's spelling checker. */
  private final class LuceneWords implements Words {
    private final IndexReader reader;

    LuceneWords(IndexReader reader) {
      this.reader = reader;
    }

    @Override
    public boolean known(String term) throws IOException {
      return reader.docFreq(new Term(IndexSchema.TEXT_NEUTRAL, term)) > 0;
    }

    @Override
    public Optional<String> closest(String term) throws IOException {
      SuggestWord[] words =
          spell.suggestSimilar(
              new Term(IndexSchema.TEXT_NEUTRAL, term),
              1,
              reader,
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return words.length == 0 ? Optional.empty() : Optional.of(words[0].string);
    }

    @Override
    public String written(String term) throws IOException {
      return surfaceForm(reader, term).orElse(term);
    }
  }

  /** The word as written where the indexed term first occurs. */
  private static Optional<String> surfaceForm(IndexReader reader, String indexed)
      throws IOException {
    BytesRef bytes = new BytesRef(indexed);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexSchema.TEXT_NEUTRAL);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(bytes)) {
        continue;
      }
      PostingsEnum pe = te.postings(null, PostingsEnum.OFFSETS);
      int doc = pe.nextDoc();
      if (doc == DocIdSetIterator.NO_MORE_DOCS) {
        continue;
      }
      pe.nextPosition();
      String text = leaf.reader().storedFields().document(doc).get(IndexSchema.TEXT);
      if (text != null && pe.startOffset() >= 0 && pe.endOffset() <= text.length()) {
        return Optional.of(
            text.substring(pe.startOffset(), pe.endOffset()).toLowerCase(Locale.ROOT));
      }
    }
    return Optional.of(indexed);
  }
}
