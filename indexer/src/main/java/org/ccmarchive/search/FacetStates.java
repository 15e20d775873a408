package org.ccmarchive.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;

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
  Optional<SortedSetDocValuesReaderState> of(IndexReader reader) throws IOException {
    return current(reader).state();
  }

  private synchronized Cached current(IndexReader reader) throws IOException {
    IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
    if (cached == null || cached.key() != key) {
      cached = new Cached(key, build(reader));
    }
    return cached;
  }

  private Optional<SortedSetDocValuesReaderState> build(IndexReader reader) throws IOException {
    try {
      return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config));
    } catch (IllegalArgumentException e) {
      // No document has a facet field (an empty index): searches simply have no facets.
      return Optional.empty();
    }
  }

  /**
   * The indexed value of a flat dimension that {@code text} names, ignoring case and accents
   * ({@code australia} → {@code Australia}).
   */
  Optional<String> canonical(IndexReader reader, String dim, String text) throws IOException {
    Cached c = current(reader);
    Optional<SortedSetDocValuesReaderState> state = c.state();
    if (state.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> values = c.values().get(dim);
    if (values == null) {
      values = values(state.get(), dim);
      c.values().put(dim, values);
    }
    return Optional.ofNullable(values.get(fold(text)));
  }

  private static Map<String, String> values(SortedSetDocValuesReaderState state, String dim)
      throws IOException {
    Map<String, String> out = new HashMap<>();
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return out;
    }
    SortedSetDocValues dv = state.getDocValues();
    for (int ord = range.start(); ord <= range.end(); ord++) {
      String path = dv.lookupOrd(ord).utf8ToString();
      String value = path.substring(path.indexOf(FacetsConfig.DELIM_CHAR) + 1);
      out.putIfAbsent(fold(value), value);
    }
    return out;
  }

  static String fold(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }

  private record Cached(
      IndexReader.CacheKey key,
      Optional<SortedSetDocValuesReaderState> state,
      Map<String, Map<String, String>> values) {
    Cached(IndexReader.CacheKey key, Optional<SortedSetDocValuesReaderState> state) {
      this(key, state, new ConcurrentHashMap<>());
    }
  }
}
