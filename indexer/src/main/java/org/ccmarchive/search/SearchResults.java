package org.ccmarchive.search;

import java.util.List;
import java.util.Map;

/** One page of search results, grouped by record. */
public record SearchResults(
    SearchRequest request,
    long totalRecords,
    long totalPassages,
    long tookMs,
    List<RecordHit> hits,
    Map<String, List<FacetCount>> facets,
    DateHistogram dateHistogram,
    Suggestions suggestions) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }

  public SearchResults(
      SearchRequest request,
      long totalRecords,
      long totalPassages,
      long tookMs,
      List<RecordHit> hits,
      Map<String, List<FacetCount>> facets) {
    this(
        request,
        totalRecords,
        totalPassages,
        tookMs,
        hits,
        facets,
        DateHistogram.EMPTY,
        Suggestions.NONE);
  }

  public int pageCount() {
    return (int)
        Math.min(SearchRequest.MAX_PAGE, (totalRecords + request.size() - 1) / request.size());
  }

  /**
   * A facet value and how many passages the user gets by choosing it. Values of hierarchical
   * dimensions are paths ({@code Coordination Committee/2024-01-30}).
   */
  public record FacetCount(String value, long count) {

    /** The last level of a path value, for display. */
    public String label() {
      int i = value.lastIndexOf(Filters.PATH_SEPARATOR);
      return i < 0 ? value : value.substring(i + 1);
    }

    /** 0 for a top-level value, 1 for its children. */
    public int depth() {
      return (int) value.chars().filter(c -> c == Filters.PATH_SEPARATOR.charAt(0)).count();
    }
  }
}
