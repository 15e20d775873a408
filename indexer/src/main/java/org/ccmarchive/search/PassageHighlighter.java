package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.ccmarchive.index.IndexSchema;

/**
 * Marks query matches in passages. A passage's text is stored once but indexed in two fields (its
 * language's and the language-neutral one), so both are highlighted from the one stored text and
 * the better-marked result is kept: the language field's (it marks word forms) when it marked
 * anything, else the neutral field's (names, numbers, symbols).
 */
final class PassageHighlighter {

  private static final String MARK = "<mark>";
  private static final String[] FIELDS = textFields();

  private final UnifiedHighlighter highlighter;

  PassageHighlighter(UnifiedHighlighter.Builder builder) {
    this.highlighter = new StoredTextHighlighter(builder);
  }

  static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer);
  }

  /** One escaped-then-marked snippet per document, in the order of {@code docIds}. */
  String[] highlight(Query query, int[] docIds, List<String> languages, int passages)
      throws IOException {
    int[] max = new int[FIELDS.length];
    java.util.Arrays.fill(max, passages);
    Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, docIds, max);
    String[] neutral = byField.get(IndexSchema.TEXT_NEUTRAL);
    String[] out = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      String lang = languages.get(i);
      String own =
          IndexSchema.LANGUAGES.contains(lang) ? byField.get(IndexSchema.textField(lang))[i] : null;
      String plain = neutral[i];
      out[i] = marked(own) ? own : marked(plain) ? plain : own != null ? own : plain;
    }
    return out;
  }

  private static boolean marked(String s) {
    return s != null && s.contains(MARK);
  }

  private static String[] textFields() {
    List<String> fields = new ArrayList<>();
    for (String lang : IndexSchema.LANGUAGES) {
      fields.add(IndexSchema.textField(lang));
    }
    fields.add(IndexSchema.TEXT_NEUTRAL);
    return fields.toArray(String[]::new);
  }

  /** Reads every highlighted field's value from the one stored passage text. */
  private static final class StoredTextHighlighter extends UnifiedHighlighter {

    StoredTextHighlighter(Builder builder) {
      super(builder);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      var stored = searcher.storedFields();
      Set<String> text = Set.of(IndexSchema.TEXT);
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        String value = stored.document(doc, text).get(IndexSchema.TEXT);
        CharSequence[] row = new CharSequence[fields.length];
        java.util.Arrays.fill(row, value == null ? "" : value);
        values.add(row);
      }
      return values;
    }
  }
}
