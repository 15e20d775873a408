package org.ccmarchive.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results, grouped by record. {@code partial} is true when the search ran out of
 * its time budget: what was found so far is returned, and totals are lower bounds.
 */
public record SearchResults(
    SearchRequest request,
    long totalRecords,
    long totalPassages,
    long tookMs,
    List<RecordHit> hits,
    Map<String, List<FacetCount>> facets,
    boolean partial) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** Complete results (the search finished within its time budget). */
  public SearchResults(
      SearchRequest request,
      long totalRecords,
      long totalPassages,
      long tookMs,
      List<RecordHit> hits,
      Map<String, List<FacetCount>> facets) {
    this(request, totalRecords, totalPassages, tookMs, hits, facets, false);
  }

  /** A copy marked partial: the time budget ran out, so totals and hits may be incomplete. */
  public SearchResults asPartial(boolean timedOut) {
    return timedOut
        ? new SearchResults(request, totalRecords, totalPassages, tookMs, hits, facets, true)
        : this;
  }

  public int pageCount() {
    return (int)
        Math.min(SearchRequest.MAX_PAGE, (totalRecords + request.size() - 1) / request.size());
  }

  /** A facet value and how many passages the user gets by choosing it. */
  public record FacetCount(String value, long count) {}
}
