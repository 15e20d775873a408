package org.ccmarchive.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.ccmarchive.enrich.Gazetteer;

/**
 * The sorted-set facet state of the current reader. Building it walks every facet value, so it is
 * built once per reader (a refresh brings a new reader) and shared by all searches on it.
 */
final class FacetStates {

  /** "Article 4" and its number alone ("4") or abbreviated ("art. 4"). */
  private static final Pattern ARTICLE = Pattern.compile("Article (\\d+)");

  private final FacetsConfig config;
  private final Gazetteer gazetteer;
  private Cached cached;

  FacetStates(FacetsConfig config, Gazetteer gazetteer) {
    this.config = config;
    this.gazetteer = gazetteer;
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
   * The indexed value of a flat dimension that {@code text} names as a person types it: case and
   * accents aside ({@code australia} → {@code Australia}), an article by its number ({@code 4},
   * {@code art. 4} → {@code Article 4}), a State or organisation by any of its aliases ({@code
   * Tchad} → {@code Chad}).
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
    return canonical(values, gazetteer, text);
  }

  /**
   * The value of {@code known} (as {@link #byTypedForm} maps them) that {@code text} names, also
   * through the gazetteer's aliases: the one lookup of both search backends.
   */
  static Optional<String> canonical(Map<String, String> known, Gazetteer gazetteer, String text) {
    return Optional.ofNullable(known.get(fold(text)))
        .or(() -> gazetteer.lookupTyped(text).map(e -> known.get(fold(e.name()))));
  }

  private static Map<String, String> values(SortedSetDocValuesReaderState state, String dim)
      throws IOException {
    List<String> values = new ArrayList<>();
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range != null) {
      SortedSetDocValues dv = state.getDocValues();
      for (int ord = range.start(); ord <= range.end(); ord++) {
        String path = dv.lookupOrd(ord).utf8ToString();
        values.add(path.substring(path.indexOf(FacetsConfig.DELIM_CHAR) + 1));
      }
    }
    return byTypedForm(values);
  }

  /** Each facet value under the forms a person types it in: folded, and an article by number. */
  static Map<String, String> byTypedForm(List<String> values) {
    Map<String, String> out = new HashMap<>();
    for (String value : values) {
      out.putIfAbsent(fold(value), value);
      Matcher article = ARTICLE.matcher(value);
      if (article.matches()) {
        out.putIfAbsent(article.group(1), value);
        out.putIfAbsent("art. " + article.group(1), value);
        out.putIfAbsent("art " + article.group(1), value);
      }
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
