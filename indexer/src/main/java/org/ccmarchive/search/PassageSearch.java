package org.ccmarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
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

  /** The current reader's record numbering, which every ranking tallies records by. */
  private final RecordOrdinals.PerReader recordOrdinals = new RecordOrdinals.PerReader();

  /** Whole answers by request (a repeated search, the back button, a shared link). */
  private final GenerationCache<SearchRequest, SearchResults> answers;

  /** Facet counts by query and filters: paging and re-sorting a search count nothing again. */
  private final GenerationCache<FacetKey, FacetedSearch.Outcome> facetCounts;

  private record FacetKey(Query query, Filters filters) {}

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
    this.answers = new GenerationCache<>(limits.cachedAnswers());
    this.facetCounts = new GenerationCache<>(limits.cachedAnswers());
  }

  /**
   * The per-reader state every search builds on its first use (see {@link ArchiveIndex#prepare}):
   * the facet state, the record numbering, and one word parsed through every text field's analyser
   * (a word no warm-up or benchmark searches, so no answer or parse is cached by it).
   */
  void prepare() {
    parser.parse(PREPARED_WORD, true);
    live.read(
        searcher -> {
          facetStates.of(searcher.getIndexReader());
          return recordOrdinals.of(searcher.getIndexReader());
        });
  }

  /** See {@link #prepare}. */
  static final String PREPARED_WORD = "archive";

  SearchResults search(SearchRequest typed) {
    long start = System.nanoTime();
    SearchRequest request = facetValues.canonical(typed);
    QueryLimits.checkWindow(request);
    Query userQuery = parser.parse(request.query(), request.crossLingual());
    Query query = ArchiveQueries.passagesMatching(userQuery);
    return live.read(
        searcher -> {
          Optional<SearchResults> kept = answers.get(searcher.getIndexReader(), request);
          if (kept.isPresent()) {
            return kept.get().answeredIn((System.nanoTime() - start) / 1_000_000);
          }
          SearchResults fresh =
              gated(
                  isCostly(searcher, userQuery, query, request),
                  () -> page(searcher, request, userQuery, query, start));
          if (!fresh.partial()) {
            answers.put(searcher.getIndexReader(), request, fresh);
          }
          return fresh;
        });
  }

  /** Facets and date histogram of {@code query} under {@code filters}, counted once per index. */
  private FacetedSearch.Outcome facets(IndexSearcher searcher, Query query, Filters filters)
      throws IOException {
    FacetKey key = new FacetKey(query, filters);
    Optional<FacetedSearch.Outcome> kept = facetCounts.get(searcher.getIndexReader(), key);
    if (kept.isPresent()) {
      return kept.get();
    }
    FacetedSearch.Outcome counted =
        faceted.run(searcher, facetStates.of(searcher.getIndexReader()), query, filters);
    facetCounts.put(searcher.getIndexReader(), key, counted);
    return counted;
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
                  FacetedSearch.Outcome outcome = facets(searcher, query, request.filters());
                  IndexSearcher timed = TimeBudget.searcher(searcher, start, limits.timeBudget());
                  // The passages shown come from the query without the filters (as before).
                  RecordRanking ranking =
                      RecordRanking.collect(
                          timed,
                          recordOrdinals.of(searcher.getIndexReader()),
                          outcome.query(),
                          0,
                          null);
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
   * Ranks records under the time budget, then loads and highlights the page without it: the page is
   * already bounded by its size, and an expired budget must not drop the records found. By
   * relevance, one pass over the matches ranks the records, keeps each one's best passages and
   * names the first tier; unfiltered, the same pass collects the matches for the facet counts (a
   * search cut short by the budget then counts what it saw, and says it is partial). Filtered
   * facets are counted outside the budget: Lucene's drill-sideways scorer cannot run under a
   * searcher timeout (it scores all documents in one pass); costly queries are bounded by the cost
   * gate instead. By date, grouping sorts the records.
   */
  private SearchResults page(
      IndexSearcher searcher, SearchRequest request, Query userQuery, Query query, long start)
      throws IOException {
    IndexSearcher timed = TimeBudget.searcher(searcher, start, limits.timeBudget());
    FacetKey key = new FacetKey(query, request.filters());
    Optional<FacetedSearch.Outcome> kept = facetCounts.get(searcher.getIndexReader(), key);
    FacetedSearch.Outcome outcome;
    Ranked ranked;
    if (kept.isEmpty() && request.filters().isEmpty() && request.sort() == SortOrder.RELEVANCE) {
      // Unfiltered: one pass over the matches ranks the records and collects them for counting.
      Query passages = faceted.filtered(query, request.filters());
      FacetsCollector all = new FacetsCollector();
      ranked = byRelevance(timed, passages, request, all);
      outcome = faceted.ofMatches(facetStates.of(searcher.getIndexReader()), passages, all);
      if (!timed.timedOut()) {
        facetCounts.put(searcher.getIndexReader(), key, outcome);
      }
    } else {
      outcome = kept.isPresent() ? kept.get() : facets(searcher, query, request.filters());
      ranked =
          request.sort() == SortOrder.RELEVANCE
              ? byRelevance(timed, outcome.query(), request, null)
              : byDate(timed, outcome.query(), request);
    }
    List<FoundRecord> found = new ArrayList<>(ranked.page());
    long totalRecords = ranked.records();
    long totalPassages = ranked.passages();
    Optional<RecordTier> tier = RecordTier.of(userQuery);
    if (tier.isPresent() && totalRecords <= (long) request.offset() + request.size()) {
      RecordTier.FirstTier first =
          ranked.ranking().isPresent()
              ? ranked.ranking().get().firstTier()
              : RecordTier.firstTier(timed, outcome.query());
      Tiers both = withSecondTier(timed, tier.get(), first, request, found);
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

  /**
   * A page of first-tier records with the totals, and the ranking when there is one: it holds the
   * first tier, whose ids are read only when the second tier is looked for.
   */
  private record Ranked(
      List<FoundRecord> page, long records, long passages, Optional<RecordRanking> ranking) {}

  private Ranked byRelevance(
      IndexSearcher timed, Query query, SearchRequest request, FacetsCollector beside)
      throws IOException {
    RecordRanking ranking =
        RecordRanking.collect(
            timed, recordOrdinals.of(timed.getIndexReader()), query, PASSAGES_PER_RECORD, beside);
    List<FoundRecord> page =
        ranking.page(request.offset(), request.size()).stream()
            .map(r -> new FoundRecord(r.recordId(), r.score(), r.passages(), r.best()))
            .toList();
    return new Ranked(page, ranking.records(), ranking.passages(), Optional.of(ranking));
  }

  private static Ranked byDate(IndexSearcher timed, Query query, SearchRequest request)
      throws IOException {
    TopGroups<BytesRef> groups = group(timed, query, request);
    if (groups == null) {
      return new Ranked(List.of(), 0, 0, Optional.empty());
    }
    return new Ranked(
        FoundRecord.of(groups),
        groups.totalGroupCount == null ? 0 : groups.totalGroupCount,
        groups.totalHitCount,
        Optional.empty());
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
      RecordTier.FirstTier first,
      SearchRequest request,
      List<FoundRecord> page)
      throws IOException {
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

  private static TopGroups<BytesRef> group(
      IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
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
