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
    Map<String, List<FacetCount>> facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public int pageCount() {
    return (int)
        Math.min(SearchRequest.MAX_PAGE, (totalRecords + request.size() - 1) / request.size());
  }

  /** A facet value and how many passages the user gets by choosing it. */
  public record FacetCount(String value, long count) {}
}
