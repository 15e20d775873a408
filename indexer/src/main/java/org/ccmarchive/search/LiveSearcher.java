package org.ccmarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.ccmarchive.index.LiveIndex;

/**
 * The query side's one way onto the shared {@link LiveIndex}: runs work on its current searcher and
 * turns what Lucene throws into what callers expect (a refusal for a query that grows too wide, an
 * unchecked error for I/O).
 */
final class LiveSearcher {

  private final LiveIndex index;

  LiveSearcher(LiveIndex index) {
    this.index = index;
  }

  LiveIndex index() {
    return index;
  }

  <T> T read(LiveIndex.SearcherFunction<T> fn) {
    try {
      return index.withSearcher(fn);
    } catch (IndexSearcher.TooManyClauses e) {
      // The guard counts the words as typed; each word then becomes a clause per language field
      // and glossary translation, which Lucene counts again when it runs the query.
      throw new InvalidQueryException(
          "query.too-many-for-languages", IndexSearcher.getMaxClauseCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
