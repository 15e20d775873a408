package org.ccmarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.index.IndexSchema;

/**
 * Facet values as the index holds them: the canonical form of a typed value, and the values of one
 * dimension over the whole archive for look-up as the user types.
 */
final class FacetValueLookup {

  private final LiveSearcher live;
  private final FacetStates facetStates;
  private final FacetedSearch faceted;

  FacetValueLookup(LiveSearcher live, FacetStates facetStates, FacetedSearch faceted) {
    this.live = live;
    this.facetStates = facetStates;
    this.faceted = faceted;
  }

  /** The value of {@code dim} the index holds for {@code text} as typed, if any. */
  Optional<String> canonical(String dim, String text) {
    return live.read(searcher -> facetStates.canonical(searcher.getIndexReader(), dim, text));
  }

  /**
   * The request with each facet value as the index holds it ({@code article=4} → {@code Article 4},
   * {@code speaker=Tchad} → {@code Chad}); a value the index does not know stays as typed. Paths of
   * hierarchical dimensions are left alone.
   */
  SearchRequest canonical(SearchRequest typed) {
    return canonical(typed, this::canonical);
  }

  /** {@link #canonical(SearchRequest)} with a value's indexed form from {@code lookup}. */
  static SearchRequest canonical(
      SearchRequest typed,
      java.util.function.BiFunction<String, String, java.util.Optional<String>> lookup) {
    Filters f = typed.filters();
    if (f.isEmpty()) {
      return typed;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String dim : f.dimensions()) {
      values.put(
          dim,
          IndexSchema.HIERARCHICAL_FACETS.contains(dim)
              ? f.of(dim)
              : f.of(dim).stream().map(v -> lookup.apply(dim, v).orElse(v)).toList());
    }
    return new SearchRequest(
        typed.query(),
        typed.page(),
        typed.size(),
        new Filters(values, f.from(), f.to()),
        typed.sort(),
        typed.crossLingual());
  }

  /** Values of one facet dimension over the whole archive whose words start with {@code prefix}. */
  List<SearchResults.FacetCount> values(String dim, String prefix, int limit) {
    if (!IndexSchema.FACETS.contains(dim)) {
      throw new InvalidQueryException("facet.unknown", dim, IndexSchema.FACETS);
    }
    return live.read(
        searcher -> {
          SearchResults.FacetCount[] none = {};
          FacetedSearch.Outcome all =
              faceted.run(
                  searcher,
                  facetStates.of(searcher.getIndexReader()),
                  ArchiveQueries.kind(IndexSchema.KIND_PASSAGE),
                  Filters.NONE);
          String p = FacetStates.fold(prefix == null ? "" : prefix);
          return all.facets().getOrDefault(dim, List.of(none)).stream()
              .filter(v -> p.isEmpty() || startsAWord(FacetStates.fold(v.value()), p))
              .limit(Math.max(1, limit))
              .toList();
        });
  }

  static boolean startsAWord(String value, String prefix) {
    return value.startsWith(prefix) || value.contains(" " + prefix) || value.contains("/" + prefix);
  }
}
