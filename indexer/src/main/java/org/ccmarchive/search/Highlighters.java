package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.ccmarchive.index.IndexSchema;

/**
 * Highlighter set-up: snippets for result pages and whole marked texts for a record view, each
 * passage analysed in its own language.
 */
final class Highlighters {

  private static final int SNIPPET_MAX_LENGTH = QueryLimits.HIGHLIGHT_MAX_CHARS;

  private final Analyzer analyzer;

  Highlighters(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Up to two snippets per passage, joined; one per id in order. */
  String[] snippets(IndexSearcher searcher, Query userQuery, int[] ids) throws IOException {
    return snippetHighlighter(searcher)
        .highlight(userQuery, ids, languages(searcher.storedFields(), ids), 2);
  }

  /** The whole text of each passage with the matches marked; one per id in order. */
  String[] wholeTexts(IndexSearcher searcher, Query userQuery, int[] ids) throws IOException {
    return wholeTextHighlighter(searcher)
        .highlight(userQuery, ids, languages(searcher.storedFields(), ids), 1);
  }

  private PassageHighlighter snippetHighlighter(IndexSearcher searcher) {
    return new PassageHighlighter(
        PassageHighlighter.builder(searcher, analyzer)
            .withFormatter(formatter())
            .withMaxLength(SNIPPET_MAX_LENGTH));
  }

  private PassageHighlighter wholeTextHighlighter(IndexSearcher searcher) {
    return new PassageHighlighter(
        PassageHighlighter.builder(searcher, analyzer)
            .withFormatter(formatter())
            .withBreakIterator(WholeBreakIterator::new)
            .withMaxLength(SNIPPET_MAX_LENGTH)
            .withMaxNoHighlightPassages(0));
  }

  /** Escapes the document text, then marks the matches: the snippet is safe HTML. */
  private static DefaultPassageFormatter formatter() {
    return new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
  }

  private static List<String> languages(StoredFields stored, int[] ids) throws IOException {
    List<String> langs = new ArrayList<>(ids.length);
    for (int id : ids) {
      String l =
          stored
              .document(id, Set.of(IndexSchema.PASSAGE_LANGUAGE))
              .get(IndexSchema.PASSAGE_LANGUAGE);
      langs.add(l == null ? IndexSchema.LANGUAGE_OTHER : l);
    }
    return langs;
  }
}
