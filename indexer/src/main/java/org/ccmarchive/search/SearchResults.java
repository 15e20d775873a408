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
    DateHistogram dateHistogram,
    Suggestions suggestions,
    boolean partial) {

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

  /** Complete results (the search finished within its time budget). */
  public SearchResults(
      SearchRequest request,
      long totalRecords,
      long totalPassages,
      long tookMs,
      List<RecordHit> hits,
      Map<String, List<FacetCount>> facets,
      DateHistogram dateHistogram,
      Suggestions suggestions) {
    this(
        request,
        totalRecords,
        totalPassages,
        tookMs,
        hits,
        facets,
        dateHistogram,
        suggestions,
        false);
  }

  /** A copy marked partial: the time budget ran out, so totals and hits may be incomplete. */
  public SearchResults asPartial(boolean timedOut) {
    return timedOut
        ? new SearchResults(
            request,
            totalRecords,
            totalPassages,
            tookMs,
            hits,
            facets,
            dateHistogram,
            suggestions,
            true)
        : this;
  }

  /** A copy answered in {@code ms} (a kept answer given again). */
  SearchResults answeredIn(long ms) {
    return new SearchResults(
        request,
        totalRecords,
        totalPassages,
        ms,
        hits,
        facets,
        dateHistogram,
        suggestions,
        partial);
  }

  /** A copy with {@code others} as its hits. */
  SearchResults withHits(List<RecordHit> others) {
    return new SearchResults(
        request,
        totalRecords,
        totalPassages,
        tookMs,
        others,
        facets,
        dateHistogram,
        suggestions,
        partial);
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
  }
}
