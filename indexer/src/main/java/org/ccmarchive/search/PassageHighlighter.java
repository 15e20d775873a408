package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

  private final UnifiedHighlighter highlighter;

  PassageHighlighter(UnifiedHighlighter.Builder builder) {
    this(builder, Map.of());
  }

  /**
   * With the texts of the passages to highlight already loaded (by doc id), so that each text is
   * read from the index once per page, not once per highlighted field.
   */
  PassageHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> texts) {
    this.highlighter = new StoredTextHighlighter(builder, texts);
  }

  static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer);
  }

  /**
   * One escaped-then-marked snippet per document, in the order of {@code docIds}. Each document is
   * highlighted only in its own language's field and the neutral one: the other five language
   * fields cannot hold its words, and re-checking the (cross-lingual, often large) query against
   * them was most of a search's time.
   */
  String[] highlight(Query query, int[] docIds, List<String> languages, int passages)
      throws IOException {
    String[] out = new String[docIds.length];
    Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      byLanguage.computeIfAbsent(languages.get(i), l -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
      List<Integer> positions = group.getValue();
      int[] ids = positions.stream().mapToInt(i -> docIds[i]).toArray();
      String[] best = highlightOneLanguage(query, ids, group.getKey(), passages);
      for (int k = 0; k < ids.length; k++) {
        out[positions.get(k)] = best[k];
      }
    }
    return out;
  }

  /**
   * The language field's snippet when it marked anything (it marks word forms), else the neutral
   * field's (names, numbers, symbols).
   */
  private String[] highlightOneLanguage(Query query, int[] docIds, String lang, int passages)
      throws IOException {
    boolean known = IndexSchema.LANGUAGES.contains(lang);
    String[] neutral = highlightField(query, IndexSchema.TEXT_NEUTRAL, docIds, passages);
    String[] own =
        known
            ? highlightField(query, IndexSchema.textField(lang), docIds, passages)
            : new String[docIds.length];
    String[] out = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      out[i] =
          marked(own[i])
              ? own[i]
              : marked(neutral[i]) ? neutral[i] : own[i] != null ? own[i] : neutral[i];
    }
    return out;
  }

  /**
   * One field, highlighted with only that field's part of the query (the whole query when no part
   * of it is on the field, so the passage still gets its default, unmarked snippet).
   */
  private String[] highlightField(Query query, String field, int[] docIds, int passages)
      throws IOException {
    Query own = FieldQuery.of(query, field).orElse(query);
    return highlighter
        .highlightFields(new String[] {field}, own, docIds, new int[] {passages})
        .get(field);
  }

  private static boolean marked(String s) {
    return s != null && s.contains(MARK);
  }

  /**
   * Reads every highlighted field's value from the one stored passage text (the text given, else
   * the stored one).
   */
  private static final class StoredTextHighlighter extends UnifiedHighlighter {

    private final Map<Integer, String> texts;

    StoredTextHighlighter(Builder builder, Map<Integer, String> texts) {
      super(builder);
      this.texts = texts;
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
        String value = texts.get(doc);
        if (value == null) {
          value = stored.document(doc, text).get(IndexSchema.TEXT);
        }
        CharSequence[] row = new CharSequence[fields.length];
        Arrays.fill(row, value == null ? "" : value);
        values.add(row);
      }
      return values;
    }
  }
}
