package org.ccmarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;
import org.ccmarchive.index.IndexSchema;

/**
 * Searches passages and returns them grouped by record: a page of results with facets, deep paging
 * by cursor, and every matching passage for export. Thread-safe.
 */
final class PassageSearch {

  /** Passages shown under each record of a result page. */
  static final int PASSAGES_PER_RECORD = 3;

  private final LiveSearcher live;
  private final UserQueryParser parser;
  private final QueryLimits limits;
  private final CostGate costly;
  private final FacetStates facetStates;
  private final FacetedSearch faceted;
  private final FacetValueLookup facetValues;
  private final RecordHits recordHits;
  private final SearchSuggestions suggestions;

  PassageSearch(
      LiveSearcher live,
      UserQueryParser parser,
      QueryLimits limits,
      CostGate costly,
      FacetStates facetStates,
      FacetedSearch faceted,
      FacetValueLookup facetValues,
      RecordHits recordHits,
      SearchSuggestions suggestions) {
    this.live = live;
    this.parser = parser;
    this.limits = limits;
    this.costly = costly;
    this.facetStates = facetStates;
    this.faceted = faceted;
    this.facetValues = facetValues;
    this.recordHits = recordHits;
    this.suggestions = suggestions;
  }

  SearchResults search(SearchRequest typed) {
    long start = System.nanoTime();
    SearchRequest request = facetValues.canonical(typed);
    QueryLimits.checkWindow(request);
    Query userQuery = parser.parse(request.query(), request.crossLingual());
    Query query = ArchiveQueries.passagesMatching(userQuery);
    return live.read(
        searcher ->
            gated(
                isCostly(searcher, userQuery, query, request),
                () -> page(searcher, request, userQuery, query, start)));
  }

  /** Runs {@code work}, through the cost gate when {@code isCostly}. */
  private <T> T gated(boolean isCostly, SearchWork<T> work) {
    return costly.run(
        isCostly,
        () -> {
          try {
            return work.run();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Costly by the query, the page or the facet work; the passages the query matches are estimated
   * from the index statistics (no passage is visited), and only when nothing else decided.
   */
  private static boolean isCostly(
      IndexSearcher searcher, Query userQuery, Query query, SearchRequest request)
      throws IOException {
    return CostGate.isCostly(userQuery, request)
        || isFacetHeavy(searcher, query, request.filters());
  }

  private static boolean isFacetHeavy(IndexSearcher searcher, Query query, Filters filters)
      throws IOException {
    return CostGate.isFacetHeavy(filters, 0)
        || CostGate.isFacetHeavy(filters, estimatedMatches(searcher, query));
  }

  /** An upper-bound estimate of the documents {@code query} matches, from its scorers' costs. */
  static long estimatedMatches(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier scorers = weight.scorerSupplier(leaf);
      if (scorers != null) {
        total += scorers.cost();
      }
    }
    return total;
  }

  /**
   * Deep paging: the {@code request.size()} records after {@code after} ({@link SearchCursor#START}
   * or a previous answer's cursor), by score then id. Costs the same at any depth. Walks the first
   * tier only (records with a passage holding the whole query): the second tier's order is not one
   * of (score, id) a cursor could continue.
   */
  SearchResults searchAfter(SearchRequest typed, String after) {
    long start = System.nanoTime();
    SearchRequest request = facetValues.canonical(typed);
    Optional<SearchCursor> cursor = SearchCursor.decode(after);
    Query userQuery = parser.parse(request.query(), request.crossLingual());
    Query query = ArchiveQueries.passagesMatching(userQuery);
    return live.read(
        searcher ->
            gated(
                CostGate.isCostly(userQuery) || isFacetHeavy(searcher, query, request.filters()),
                () -> {
                  FacetedSearch.Outcome outcome =
                      faceted.run(
                          searcher,
                          facetStates.of(searcher.getIndexReader()),
                          query,
                          request.filters());
                  IndexSearcher timed = TimeBudget.searcher(searcher, start, limits.timeBudget());
                  RecordRanking ranking = RecordRanking.collect(timed, outcome.query());
                  List<FoundRecord> found = new ArrayList<>();
                  for (RecordRanking.Rank rank : ranking.after(cursor, request.size())) {
                    ScoreDoc[] best =
                        searcher.search(
                                ArchiveQueries.withinRecord(userQuery, rank.recordId()),
                                PASSAGES_PER_RECORD)
                            .scoreDocs;
                    found.add(
                        new FoundRecord(rank.recordId(), rank.score(), rank.passages(), best));
                  }
                  List<RecordHit> hits = recordHits.load(searcher, userQuery, found);
                  long tookMs = (System.nanoTime() - start) / 1_000_000;
                  return new SearchResults(
                          request,
                          ranking.records(),
                          ranking.passages(),
                          tookMs,
                          hits,
                          outcome.facets(),
                          outcome.histogram(),
                          Suggestions.NONE)
                      .asPartial(timed.timedOut());
                }));
  }

  /**
   * Groups under the time budget, then loads and highlights the page without it: the page is
   * already bounded by its size, and an expired budget must not drop the records found. Facets are
   * counted outside the budget: Lucene's drill-sideways scorer cannot run under a searcher timeout
   * (it scores all documents in one pass); costly queries are bounded by the cost gate instead.
   */
  private SearchResults page(
      IndexSearcher searcher, SearchRequest request, Query userQuery, Query query, long start)
      throws IOException {
    FacetedSearch.Outcome outcome =
        faceted.run(searcher, facetStates.of(searcher.getIndexReader()), query, request.filters());
    IndexSearcher timed = TimeBudget.searcher(searcher, start, limits.timeBudget());
    TopGroups<BytesRef> groups = group(timed, outcome.query(), request);
    List<FoundRecord> found = new ArrayList<>();
    if (groups != null) {
      found.addAll(FoundRecord.of(groups));
    }
    long totalRecords =
        groups == null || groups.totalGroupCount == null ? 0 : groups.totalGroupCount;
    long totalPassages = groups == null ? 0 : groups.totalHitCount;
    Optional<RecordTier> tier = RecordTier.of(userQuery);
    if (tier.isPresent() && totalRecords <= (long) request.offset() + request.size()) {
      Tiers both = withSecondTier(timed, tier.get(), outcome.query(), request, found);
      totalRecords = both.records();
      totalPassages = both.passages();
    }
    List<RecordHit> hits = recordHits.load(searcher, userQuery, found);
    Suggestions suggested =
        totalRecords == 0 ? suggestions.of(searcher, request) : Suggestions.NONE;
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResults(
            request,
            totalRecords,
            totalPassages,
            tookMs,
            hits,
            outcome.facets(),
            outcome.histogram(),
            suggested)
        .asPartial(timed.timedOut());
  }

  /** Records of both tiers, and the passages that hold the whole query. */
  private record Tiers(long records, long passages) {}

  /**
   * Fills the rest of the page with second-tier records. Looked for only when the page reaches the
   * end of the first tier: a page the first tier fills costs nothing more (its total then counts
   * the first tier only; the page that reaches the end, and every page after it, counts both).
   * Reaching the end exactly also looks, so that the pager knows whether a next page exists. A page
   * past the end of the first tier has no groups, hence no first-tier total: the first tier's
   * record set gives it.
   */
  private Tiers withSecondTier(
      IndexSearcher timed,
      RecordTier tier,
      Query firstTierQuery,
      SearchRequest request,
      List<FoundRecord> page)
      throws IOException {
    RecordTier.FirstTier first = RecordTier.firstTier(timed, firstTierQuery);
    long firstRecords = first.records().size();
    List<RecordTier.Found> more =
        tier.find(
            timed,
            faceted.filtered(ArchiveQueries.kind(IndexSchema.KIND_PASSAGE), request.filters()),
            first.records(),
            request.sort());
    int skip = (int) Math.min(more.size(), Math.max(0, request.offset() - firstRecords));
    int room = Math.max(0, request.size() - page.size());
    more.subList(skip, Math.min(more.size(), skip + room)).stream()
        .map(FoundRecord::of)
        .forEach(page::add);
    return new Tiers(firstRecords + more.size(), first.passages());
  }

  private TopGroups<BytesRef> group(IndexSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    GroupingSearch grouping = new GroupingSearch(IndexSchema.RECORD_ID);
    grouping.setGroupSort(groupSort(request.sort()));
    grouping.setSortWithinGroup(Sort.RELEVANCE);
    grouping.setGroupDocsLimit(PASSAGES_PER_RECORD);
    grouping.setIncludeMaxScore(true);
    grouping.setAllGroups(true);
    grouping.disableCaching();
    return grouping.search(searcher, query, request.offset(), request.size());
  }

  private static Sort groupSort(SortOrder order) {
    return order == SortOrder.RELEVANCE
        ? Sort.RELEVANCE
        : new Sort(order.dateSortField(), SortField.FIELD_SCORE);
  }

  /**
   * Every passage of a search (no paging), best or newest first as asked, at most {@code cap}; rows
   * go to {@code sink} one by one, so a large export is never held in memory as text.
   *
   * @return how many passages the search matches in all (may exceed {@code cap})
   */
  long export(SearchRequest typed, int cap, RowSink sink) {
    SearchRequest request = facetValues.canonical(typed);
    Query query =
        faceted.filtered(
            ArchiveQueries.passagesMatching(parser.parse(request.query(), request.crossLingual())),
            request.filters());
    return live.read(searcher -> PassageExport.run(searcher, query, request.sort(), cap, sink));
  }

  @FunctionalInterface
  private interface SearchWork<T> {
    T run() throws IOException;
  }
}
