package org.ccmarchive.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The sorted-set facet state of the current reader. Building it walks every facet value, so it is
 * built once per reader (a refresh brings a new reader) and shared by all searches on it.
 */
final class FacetStates {

  private final FacetsConfig config;
  private Cached cached;

  FacetStates(FacetsConfig config) {
    this.config = config;
  }

  /** Empty when the index holds no facet values at all. */
  synchronized Optional<SortedSetDocValuesReaderState> of(IndexReader reader) throws IOException {
    IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
    if (cached == null || cached.key() != key) {
      cached = new Cached(key, build(reader));
    }
    return cached.state();
  }

  private Optional<SortedSetDocValuesReaderState> build(IndexReader reader) throws IOException {
    try {
      return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config));
    } catch (IllegalArgumentException e) {
      // No document has a facet field (an empty index): searches simply have no facets.
      return Optional.empty();
    }
  }

  private record Cached(IndexReader.CacheKey key, Optional<SortedSetDocValuesReaderState> state) {}
}
