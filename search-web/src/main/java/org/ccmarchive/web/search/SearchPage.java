package org.ccmarchive.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.DateHistogram;
import org.ccmarchive.search.Filters;
import org.ccmarchive.search.SearchResults;
import org.ccmarchive.search.SearchResults.FacetCount;
import org.ccmarchive.search.SortOrder;

/**
 * Model of {@code search/search.jte}.
 *
 * @param state the search as URL parameters
 * @param searched false on the start page (nothing asked yet: facets only, for browsing)
 * @param results hits, facets and histogram of this state
 * @param exportCap most passages an export holds
 */
public record SearchPage(
    SearchState state, boolean searched, SearchResults results, int exportCap) {

  /** Values shown before "more" in a facet list. */
  static final int SHOWN_VALUES = 8;

  public String query() {
    return state.query();
  }

  /** Link to another page of the same search. */
  public String pageUrl(int page) {
    return state.withPage(page).href();
  }

  /** The page numbers to offer: a window around the current page. */
  public int[] pageWindow() {
    int current = results.request().page();
    int last = results.pageCount();
    return IntStream.rangeClosed(Math.max(1, current - 4), Math.min(last, current + 4)).toArray();
  }

  /** Link to a record, carrying the query so its terms are marked there. */
  public String recordUrl(String id, String anchor) {
    return "/doc/"
        + id
        + "?q="
        + SearchState.enc(state.query())
        + (anchor == null ? "" : "#" + anchor);
  }

  public List<FacetGroup> facetGroups() {
    List<FacetGroup> groups = new ArrayList<>();
    results
        .facets()
        .forEach(
            (dim, values) -> {
              List<FacetItem> items = items(dim, values);
              int cut = Math.min(SHOWN_VALUES, items.size());
              // A chosen value is never hidden behind "more".
              List<FacetItem> shown = new ArrayList<>(items.subList(0, cut));
              List<FacetItem> more = new ArrayList<>();
              for (FacetItem i : items.subList(cut, items.size())) {
                (i.chosen() ? shown : more).add(i);
              }
              groups.add(new FacetGroup(dim, shown, more, !state.filters().of(dim).isEmpty()));
            });
    return groups;
  }

  private List<FacetItem> items(String dim, List<FacetCount> values) {
    List<FacetItem> items = new ArrayList<>();
    boolean hierarchical = IndexSchema.HIERARCHICAL_FACETS.contains(dim);
    for (FacetCount c : values) {
      boolean child = hierarchical && c.value().contains(Filters.PATH_SEPARATOR);
      FacetItem item = item(dim, c, hierarchical ? c.label() : c.value());
      if (child && !items.isEmpty()) {
        items.getLast().children().add(item);
      } else {
        items.add(item);
      }
    }
    return items;
  }

  private FacetItem item(String dim, FacetCount c, String label) {
    boolean chosen = state.filters().isChosen(dim, c.value());
    return new FacetItem(
        dim,
        c.value(),
        label,
        c.count(),
        chosen,
        state.toggle(dim, c.value()).href(),
        new ArrayList<>());
  }

  /** Chosen filters, each with the link that removes it. */
  public List<Chosen> chosen() {
    List<Chosen> out = new ArrayList<>();
    Filters f = state.filters();
    for (String dim : f.dimensions()) {
      for (String v : f.of(dim)) {
        out.add(new Chosen(dim, v, state.toggle(dim, v).href()));
      }
    }
    if (f.hasDates()) {
      String range =
          f.from().map(Object::toString).orElse("…")
              + " – "
              + f.to().map(Object::toString).orElse("…");
      out.add(new Chosen("date", range, state.withoutDates().href()));
    }
    return out;
  }

  public String clearHref() {
    return state.cleared().href();
  }

  public String sortHref(SortOrder s) {
    return state.withSort(s).href();
  }

  public SortOrder[] sorts() {
    return SortOrder.values();
  }

  public String bucketHref(DateHistogram.Bucket b) {
    return state.withDates(b.from(), b.to()).href();
  }

  /** Bar length in percent of the largest bucket. */
  public int barPercent(DateHistogram.Bucket b) {
    long max = results.dateHistogram().maxCount();
    return max == 0 ? 0 : (int) Math.max(2, Math.round(100.0 * b.count() / max));
  }

  public String relaxHref(String dim, String value) {
    return state.relaxed(dim, value).href();
  }

  public String suggestionHref(String q) {
    return state.withQuery(q).href();
  }

  public String from() {
    return state.filters().from().map(Object::toString).orElse("");
  }

  public String to() {
    return state.filters().to().map(Object::toString).orElse("");
  }

  public boolean exportTruncated() {
    return results.totalPassages() > exportCap;
  }

  /** A facet dimension as shown: values up front, the rest behind "more". */
  public record FacetGroup(
      String dim, List<FacetItem> shown, List<FacetItem> more, boolean active) {}

  /** One facet value, with the link that chooses or un-chooses it and its child values. */
  public record FacetItem(
      String dim,
      String value,
      String label,
      long count,
      boolean chosen,
      String href,
      List<FacetItem> children) {}

  /** A chosen filter and the link that drops it. */
  public record Chosen(String dim, String value, String removeHref) {}
}
