package org.ccmarchive.search;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * The searches a server runs once after it starts, so that the first visitors do not pay for what
 * one search alone leaves cold: before, one warm-up search for a single word left the first other
 * searches 0.3–1.2 s slow on the seed corpus (docs/benchmarks.md, "start-up and first searches").
 * Each path a search can take runs at least once: a word, a phrase, boolean and fuzzy syntax,
 * without the cross-lingual widening, each facet dimension as a filter and three at once, a date
 * range, newest first, a second page, the language versions, the facet-value look-up and a record
 * view. The words are the index's own: its most frequent facet values, searched as text, read the
 * postings of many fields and highlight passages in each language the index holds. Answers are
 * unchanged; the warm-up only fills the caches that any search fills.
 */
public final class SearchWarmUp {

  /** The first word searched: frequent in every part of the archive. */
  static final String FIRST_WORD = "convention";

  /** Top facet values of each dimension searched as text. */
  static final int VALUES_SEARCHED = 1;

  /**
   * Longest wait for visitors before each warm-up search: a safety net, so that a server busy from
   * its first second still finishes warming.
   */
  static final Duration MOST_YIELDED = Duration.ofSeconds(2);

  private final ArchiveIndex index;
  private final BooleanSupplier visitorsServed;
  private int searches;

  private SearchWarmUp(ArchiveIndex index, BooleanSupplier visitorsServed) {
    this.index = index;
    this.visitorsServed = visitorsServed;
  }

  /**
   * Runs the warm-up searches against {@code index}.
   *
   * @return how many searches ran
   */
  public static int run(ArchiveIndex index) {
    return run(index, () -> false);
  }

  /**
   * As {@link #run(ArchiveIndex)}, each search waiting first while {@code visitorsServed} says
   * visitors' requests are being answered: on a starved machine the warm-up must not take the CPU
   * the first real searches need.
   */
  public static int run(ArchiveIndex index, BooleanSupplier visitorsServed) {
    SearchWarmUp warm = new SearchWarmUp(index, visitorsServed);
    warm.all();
    return warm.searches;
  }

  private void all() {
    SearchResults first = search(SearchRequest.of(FIRST_WORD));
    index.withVersionsTogether(first);
    first.hits().stream()
        .findFirst()
        .ifPresent(
            hit -> {
              index.record(hit.record().id(), FIRST_WORD);
              index.versions(hit.record().id());
            });
    search(SearchRequest.of('"' + FIRST_WORD + " on\""));
    search(SearchRequest.of(FIRST_WORD + " OR (protocol AND NOT amendment)"));
    search(SearchRequest.of(FIRST_WORD.substring(0, 7) + "*"));
    search(SearchRequest.of(FIRST_WORD + "n~"));
    search(new SearchRequest(FIRST_WORD, 1, SearchRequest.DEFAULT_SIZE, false));
    search(new SearchRequest(FIRST_WORD, 2, SearchRequest.DEFAULT_SIZE));
    search(
        new SearchRequest(
            FIRST_WORD, 1, SearchRequest.DEFAULT_SIZE, Filters.NONE, SortOrder.NEWEST));
    Map<String, List<String>> three = new LinkedHashMap<>();
    for (Map.Entry<String, List<SearchResults.FacetCount>> dim : first.facets().entrySet()) {
      List<SearchResults.FacetCount> values = dim.getValue();
      if (values.isEmpty()) {
        continue;
      }
      index.facetValues(dim.getKey(), "", 5);
      String top = values.get(0).value();
      search(filtered(facets(Map.of(dim.getKey(), List.of(top)))));
      if (three.size() < 3) {
        three.put(dim.getKey(), List.of(top));
      }
      for (SearchResults.FacetCount value :
          values.subList(0, Math.min(VALUES_SEARCHED, values.size()))) {
        search(SearchRequest.of(QueryParserBase.escape(value.label())));
      }
    }
    if (!three.isEmpty()) {
      search(filtered(facets(three)));
    }
    first.dateHistogram().buckets().stream()
        .findFirst()
        .ifPresent(
            b ->
                search(
                    filtered(new Filters(Map.of(), Optional.of(b.from()), Optional.of(b.to())))));
  }

  private void yieldToVisitors() {
    long until = System.nanoTime() + MOST_YIELDED.toNanos();
    while (visitorsServed.getAsBoolean() && System.nanoTime() < until) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The first word's first page under {@code filters}. */
  private static SearchRequest filtered(Filters filters) {
    return new SearchRequest(
        FIRST_WORD, 1, SearchRequest.DEFAULT_SIZE, filters, SortOrder.RELEVANCE);
  }

  private static Filters facets(Map<String, List<String>> values) {
    return new Filters(values, Optional.empty(), Optional.empty());
  }

  private SearchResults search(SearchRequest request) {
    yieldToVisitors();
    searches++;
    return index.search(request);
  }
}
