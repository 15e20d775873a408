package org.ccmarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.ccmarchive.enrich.AttendanceCodec;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.enrich.PassageFacts;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.LiveIndex;

/**
 * Runs searches over the index and returns plain records, never Lucene types. Thread-safe: one
 * instance serves every request; {@link #refresh()} picks up a newer commit.
 */
public final class SearchService implements Closeable {

  /** Passages shown under each record of a result page. */
  static final int PASSAGES_PER_RECORD = 3;

  /** Upper bound on passages loaded for one record view. */
  static final int MAX_RECORD_PASSAGES = 20_000;

  private static final int SNIPPET_MAX_LENGTH = QueryLimits.HIGHLIGHT_MAX_CHARS;

  private final IndexSchema schema;
  private final LiveIndex index;

  /** True when this service opened {@link #index} itself and so closes it. */
  private final boolean ownsIndex;

  private final UserQueryParser parser;
  private final QueryLimits limits;
  private final CostGate costly;
  private final FacetStates facetStates;
  private final FacetedSearch faceted;
  private final SpellingSuggester speller;
  private final SimilarPassages similar;
  private final RecordLinks links;

  private SearchService(
      IndexSchema schema, LiveIndex index, boolean ownsIndex, QueryLimits limits) {
    this.schema = schema;
    this.index = index;
    this.ownsIndex = ownsIndex;
    // One gazetteer for typed facet values and cross-lingual names: reading it is start-up work.
    Gazetteer names = Gazetteer.standard();
    this.facetStates = new FacetStates(schema.facetsConfig(), names);
    this.parser =
        new UserQueryParser(
            schema,
            (dim, text) ->
                withSearcher(
                    searcher -> facetStates.canonical(searcher.getIndexReader(), dim, text)),
            names);
    this.faceted = new FacetedSearch(schema.facetsConfig());
    this.speller = new SpellingSuggester(schema.analyzer());
    this.similar = new SimilarPassages(schema.analyzer());
    this.links = new RecordLinks(schema.analyzer());
    this.limits = limits;
    this.costly =
        new CostGate(
            limits.costlyConcurrency(), QueryLimits.COSTLY_WAIT, QueryLimits.COSTLY_REST_PER_BUSY);
  }

  /** Searches the shared live index (which the caller refreshes and closes). */
  public static SearchService over(LiveIndex index, IndexSchema schema, QueryLimits limits) {
    return new SearchService(schema, index, false, limits);
  }

  /**
   * Opens the index at {@code indexDir} for this service alone (tools and tests); fails clearly
   * when there is none or it is outdated.
   */
  public static SearchService open(Path indexDir, IndexSchema schema) throws IOException {
    return open(indexDir, schema, QueryLimits.defaults());
  }

  /** Opens the index with explicit query limits (a shorter time budget in tests). */
  public static SearchService open(Path indexDir, IndexSchema schema, QueryLimits limits)
      throws IOException {
    return new SearchService(schema, LiveIndex.open(indexDir), true, limits);
  }

  /** Makes a finished re-index visible to new searches (see {@link LiveIndex#refresh()}). */
  public void refresh() throws IOException {
    index.refresh();
  }

  public SearchResults search(SearchRequest typed) {
    long start = System.nanoTime();
    SearchRequest request = canonical(typed);
    QueryLimits.checkWindow(request);
    Query userQuery = parser.parse(request.query(), request.crossLingual());
    Query query = passagesMatching(userQuery);
    return withSearcher(
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
  public SearchResults searchAfter(SearchRequest typed, String after) {
    long start = System.nanoTime();
    SearchRequest request = canonical(typed);
    Optional<SearchCursor> cursor = SearchCursor.decode(after);
    Query userQuery = parser.parse(request.query(), request.crossLingual());
    Query query = passagesMatching(userQuery);
    return withSearcher(
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
                                withinRecord(userQuery, rank.recordId()), PASSAGES_PER_RECORD)
                            .scoreDocs;
                    found.add(
                        new FoundRecord(rank.recordId(), rank.score(), rank.passages(), best));
                  }
                  List<RecordHit> hits = recordHits(searcher, userQuery, found);
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
   * The request with each facet value as the index holds it ({@code article=4} → {@code Article 4},
   * {@code speaker=Tchad} → {@code Chad}); a value the index does not know stays as typed. Paths of
   * hierarchical dimensions are left alone.
   */
  public SearchRequest canonical(SearchRequest typed) {
    Filters f = typed.filters();
    if (f.isEmpty()) {
      return typed;
    }
    java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    for (String dim : f.dimensions()) {
      values.put(
          dim,
          IndexSchema.HIERARCHICAL_FACETS.contains(dim)
              ? f.of(dim)
              : f.of(dim).stream()
                  .map(
                      v ->
                          withSearcher(
                                  searcher ->
                                      facetStates.canonical(searcher.getIndexReader(), dim, v))
                              .orElse(v))
                  .toList());
    }
    return new SearchRequest(
        typed.query(),
        typed.page(),
        typed.size(),
        new Filters(values, f.from(), f.to()),
        typed.sort(),
        typed.crossLingual());
  }

  private static Query withinRecord(Query userQuery, String id) {
    return new BooleanQuery.Builder()
        .add(userQuery, BooleanClause.Occur.MUST)
        .add(passagesOf(id), BooleanClause.Occur.FILTER)
        .build();
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
    List<RecordHit> hits = recordHits(searcher, userQuery, found);
    Suggestions suggestions = totalRecords == 0 ? suggestions(searcher, request) : Suggestions.NONE;
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResults(
            request,
            totalRecords,
            totalPassages,
            tookMs,
            hits,
            outcome.facets(),
            outcome.histogram(),
            suggestions)
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
            faceted.filtered(kind(IndexSchema.KIND_PASSAGE), request.filters()),
            first.records(),
            request.sort());
    int skip = (int) Math.min(more.size(), Math.max(0, request.offset() - firstRecords));
    int room = Math.max(0, request.size() - page.size());
    more.subList(skip, Math.min(more.size(), skip + room)).stream()
        .map(FoundRecord::of)
        .forEach(page::add);
    return new Tiers(firstRecords + more.size(), first.passages());
  }

  /** A corrected query (when it finds something) and the filters whose removal would. */
  private Suggestions suggestions(IndexSearcher searcher, SearchRequest request)
      throws IOException {
    Optional<String> corrected = speller.suggest(searcher.getIndexReader(), request.query());
    long correctedCount = 0;
    if (corrected.isPresent()) {
      correctedCount = count(searcher, corrected.get(), request.filters(), request.crossLingual());
      if (correctedCount == 0) {
        corrected = Optional.empty();
      }
    }
    List<Suggestions.Relaxation> relaxations = new ArrayList<>();
    Filters f = request.filters();
    for (String dim : f.dimensions()) {
      for (String value : f.of(dim)) {
        long n = count(searcher, request.query(), f.toggle(dim, value), request.crossLingual());
        if (n > 0) {
          relaxations.add(new Suggestions.Relaxation(dim, value, n));
        }
      }
    }
    if (f.hasDates()) {
      long n =
          count(
              searcher,
              request.query(),
              f.withDates(Optional.empty(), Optional.empty()),
              request.crossLingual());
      if (n > 0) {
        String range =
            f.from().map(Object::toString).orElse("")
                + " – "
                + f.to().map(Object::toString).orElse("");
        relaxations.add(new Suggestions.Relaxation(FacetedSearch.DATE_DIMENSION, range.strip(), n));
      }
    }
    return new Suggestions(corrected, correctedCount, relaxations);
  }

  private long count(IndexSearcher searcher, String query, Filters filters, boolean crossLingual)
      throws IOException {
    return searcher.count(
        faceted.filtered(passagesMatching(parser.parse(query, crossLingual)), filters));
  }

  /**
   * Every passage of a search (no paging), best or newest first as asked, at most {@code cap}; rows
   * go to {@code sink} one by one, so a large export is never held in memory as text.
   *
   * @return how many passages the search matches in all (may exceed {@code cap})
   */
  public long export(SearchRequest typed, int cap, RowSink sink) {
    SearchRequest request = canonical(typed);
    Query query =
        faceted.filtered(
            passagesMatching(parser.parse(request.query(), request.crossLingual())),
            request.filters());
    return withSearcher(searcher -> PassageExport.run(searcher, query, request.sort(), cap, sink));
  }

  /** Receives export rows; may throw I/O errors of the stream it writes to. */
  @FunctionalInterface
  public interface RowSink {
    void accept(ExportRow row) throws IOException;
  }

  /** Values of one facet dimension over the whole archive whose words start with {@code prefix}. */
  public List<SearchResults.FacetCount> facetValues(String dim, String prefix, int limit) {
    if (!IndexSchema.FACETS.contains(dim)) {
      throw new InvalidQueryException("facet.unknown", dim, IndexSchema.FACETS);
    }
    return withSearcher(
        searcher -> {
          SearchResults.FacetCount[] none = {};
          FacetedSearch.Outcome all =
              faceted.run(
                  searcher,
                  facetStates.of(searcher.getIndexReader()),
                  kind(IndexSchema.KIND_PASSAGE),
                  Filters.NONE);
          String p = FacetStates.fold(prefix == null ? "" : prefix);
          return all.facets().getOrDefault(dim, List.of(none)).stream()
              .filter(v -> p.isEmpty() || startsAWord(FacetStates.fold(v.value()), p))
              .limit(Math.max(1, limit))
              .toList();
        });
  }

  private static boolean startsAWord(String value, String prefix) {
    return value.startsWith(prefix) || value.contains(" " + prefix) || value.contains("/" + prefix);
  }

  /**
   * Passages most like one passage (MoreLikeThis over the body text), from any record but that
   * passage itself.
   */
  public List<SimilarPassage> similar(String recordId, int ordinal, int max) {
    return withSearcher(searcher -> similar.find(searcher, recordId, ordinal, max));
  }

  /** Every passage of one record in order; query terms marked when a query is given. */
  public Optional<RecordDetail> record(String id, String query) {
    Query userQuery = query == null || query.isBlank() ? null : parser.parse(query, true);
    return costly.run(CostGate.isCostly(userQuery), () -> recordDetail(id, userQuery));
  }

  private Optional<RecordDetail> recordDetail(String id, Query userQuery) {
    return withSearcher(
        searcher -> {
          Optional<RecordSummary> summary = summary(searcher, id);
          if (summary.isEmpty()) {
            return Optional.empty();
          }
          Query passages = passagesOf(id);
          Sort byOrdinal = new Sort(new SortField(IndexSchema.ORDINAL, SortField.Type.INT));
          TopDocs docs = searcher.search(passages, MAX_RECORD_PASSAGES, byOrdinal);
          String[] marked = null;
          StoredFields stored = searcher.storedFields();
          if (userQuery != null && docs.scoreDocs.length > 0) {
            int[] ids = Arrays.stream(docs.scoreDocs).mapToInt(sd -> sd.doc).toArray();
            marked =
                wholeTextHighlighter(searcher).highlight(userQuery, ids, languages(stored, ids), 1);
          }
          List<PassageHit> list = new ArrayList<>(docs.scoreDocs.length);
          for (int i = 0; i < docs.scoreDocs.length; i++) {
            Document d = stored.document(docs.scoreDocs[i].doc);
            String html = marked == null ? null : marked[i];
            list.add(passage(d, html));
          }
          return Optional.of(
              new RecordDetail(
                  summary.get(),
                  list,
                  links.cites(searcher, summary.get()),
                  links.citedBy(searcher, summary.get())));
        });
  }

  /** Record-level facts of one record, for downloads and the documents API. */
  public Optional<RecordSummary> summary(String id) {
    return withSearcher(searcher -> summary(searcher, id));
  }

  /**
   * The page with the language versions of a record as one hit: a hit whose record is a version of
   * a record ranked higher on the page joins that hit, and every hit links to all its record's
   * versions (matching or not).
   */
  public SearchResults withVersionsTogether(SearchResults results) {
    return withSearcher(
        searcher -> {
          List<RecordHit> kept = new ArrayList<>();
          java.util.Set<String> shown = new java.util.HashSet<>();
          for (RecordHit hit : results.hits()) {
            if (shown.add(hit.record().id())) {
              List<RecordVersion> others = versions(searcher, hit.record().id());
              others.forEach(v -> shown.add(v.id()));
              kept.add(hit.withVersions(others));
            }
          }
          return results.withHits(kept);
        });
  }

  /** The record's other language versions (records with the same symbol), by language. */
  public List<RecordVersion> versions(String id) {
    return withSearcher(searcher -> versions(searcher, id));
  }

  /**
   * For passage {@code ordinal} of record {@code id}, the same-numbered paragraph in each other
   * language version (possibly none); empty when the record has no such passage.
   */
  public Optional<List<VersionPassage>> versionPassages(String id, int ordinal) {
    return withSearcher(
        searcher -> {
          Optional<Document> own = passageDoc(searcher, id, ordinal);
          if (own.isEmpty()) {
            return Optional.empty();
          }
          String number = own.get().get(IndexSchema.PARAGRAPH);
          List<VersionPassage> out = new ArrayList<>();
          for (RecordVersion v : versions(searcher, id)) {
            Optional<Document> match =
                number != null
                    ? numberedPassage(searcher, v.id(), number)
                    : passageDoc(searcher, v.id(), ordinal);
            match.ifPresent(d -> out.add(new VersionPassage(v, passage(d, null))));
          }
          return Optional.of(out);
        });
  }

  private List<RecordVersion> versions(IndexSearcher searcher, String id) throws IOException {
    Optional<Document> record = recordDoc(searcher, id);
    String symbol = record.map(d -> d.get(IndexSchema.SYMBOL)).orElse(null);
    if (symbol == null) {
      return List.of();
    }
    Query sameSymbol =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(
                    new Term(IndexSchema.SYMBOL, symbol.toLowerCase(java.util.Locale.ROOT))),
                BooleanClause.Occur.FILTER)
            .add(kind(IndexSchema.KIND_RECORD), BooleanClause.Occur.FILTER)
            .build();
    List<RecordVersion> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(sameSymbol, 50).scoreDocs) {
      Document d = stored.document(sd.doc);
      if (!id.equals(d.get(IndexSchema.RECORD_ID))) {
        String lang = d.get(IndexSchema.LANGUAGE);
        out.add(
            new RecordVersion(
                d.get(IndexSchema.RECORD_ID),
                d.get(IndexSchema.TITLE),
                lang == null ? IndexSchema.LANGUAGE_OTHER : lang));
      }
    }
    out.sort(java.util.Comparator.comparing(v -> IndexSchema.LANGUAGES.indexOf(v.language())));
    return out;
  }

  private static Optional<Document> recordDoc(IndexSearcher searcher, String id)
      throws IOException {
    return first(
        searcher,
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.RECORD_ID, id)), BooleanClause.Occur.FILTER)
            .add(kind(IndexSchema.KIND_RECORD), BooleanClause.Occur.FILTER)
            .build());
  }

  private static Optional<Document> passageDoc(IndexSearcher searcher, String id, int ordinal)
      throws IOException {
    return first(
        searcher,
        new BooleanQuery.Builder()
            .add(passagesOf(id), BooleanClause.Occur.FILTER)
            .add(
                org.apache.lucene.document.IntPoint.newExactQuery(IndexSchema.ORDINAL, ordinal),
                BooleanClause.Occur.FILTER)
            .build());
  }

  private static Optional<Document> numberedPassage(
      IndexSearcher searcher, String id, String number) throws IOException {
    return first(
        searcher,
        new BooleanQuery.Builder()
            .add(passagesOf(id), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.PARAGRAPH, number)), BooleanClause.Occur.FILTER)
            .build());
  }

  private static Optional<Document> first(IndexSearcher searcher, Query q) throws IOException {
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
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
   * A record on a page of results: its score, how many passages matched, the best of them, and
   * which tier found it.
   */
  record FoundRecord(
      String id, float score, long matching, ScoreDoc[] best, RecordHit.Match match) {

    FoundRecord(String id, float score, long matching, ScoreDoc[] best) {
      this(id, score, matching, best, RecordHit.Match.PASSAGE);
    }

    static List<FoundRecord> of(TopGroups<BytesRef> groups) {
      return Arrays.stream(groups.groups)
          .map(
              g ->
                  new FoundRecord(
                      g.groupValue().utf8ToString(),
                      score(g),
                      g.totalHits().value(),
                      g.scoreDocs()))
          .toList();
    }

    /** A second-tier record shows the best passage of each part of the query, in reading order. */
    static FoundRecord of(RecordTier.Found f) {
      ScoreDoc[] best =
          f.passages().stream()
              .sorted()
              .map(doc -> new ScoreDoc(doc, f.score()))
              .toArray(ScoreDoc[]::new);
      return new FoundRecord(f.recordId(), f.score(), f.matching(), best, RecordHit.Match.RECORD);
    }

    /**
     * The group's best passage score. When the time budget ends the search between grouping's two
     * passes, the second never saw the group and its max score is NaN (which JSON would carry as a
     * string); the first pass's sort value is then the score, or 0 when sorted by date.
     */
    static float score(GroupDocs<BytesRef> g) {
      if (Float.isFinite(g.maxScore())) {
        return g.maxScore();
      }
      Object[] sortValues = g.groupSortValues();
      if (sortValues != null) {
        for (Object v : sortValues) {
          if (v instanceof Float f && Float.isFinite(f)) {
            return f;
          }
        }
      }
      return 0f;
    }
  }

  /**
   * The page's records with their best passages, all passages highlighted in one call: the
   * highlighter's per-call cost (rewriting and weighing the query) is paid once per page.
   */
  private List<RecordHit> recordHits(
      IndexSearcher searcher, Query userQuery, List<FoundRecord> found) throws IOException {
    int[] ids =
        found.stream().flatMap(f -> Arrays.stream(f.best())).mapToInt(sd -> sd.doc).toArray();
    StoredFields stored = searcher.storedFields();
    String[] snippets =
        ids.length == 0
            ? new String[0]
            : snippetHighlighter(searcher).highlight(userQuery, ids, languages(stored, ids), 2);
    List<RecordHit> hits = new ArrayList<>(found.size());
    int next = 0;
    for (FoundRecord f : found) {
      List<PassageHit> passages = new ArrayList<>(f.best().length);
      for (ScoreDoc sd : f.best()) {
        passages.add(passage(stored.document(sd.doc), snippets[next++]));
      }
      hits.add(
          new RecordHit(
              recordSummary(searcher, f.id()), f.score(), f.matching(), passages, f.match()));
    }
    return hits;
  }

  private static RecordSummary recordSummary(IndexSearcher searcher, String id) throws IOException {
    return summary(searcher, id)
        .orElseThrow(() -> new IllegalStateException("record entry missing: " + id));
  }

  static Optional<RecordSummary> summary(IndexSearcher searcher, String id) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.RECORD_ID, id)), BooleanClause.Occur.FILTER)
            .add(kind(IndexSchema.KIND_RECORD), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(q, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(summary(searcher.storedFields().document(top.scoreDocs[0].doc)));
  }

  /** A record entry's stored fields as a summary (either backend's). */
  static RecordSummary summary(Document d) {
    return new RecordSummary(
        d.get(IndexSchema.RECORD_ID),
        d.get(IndexSchema.TITLE),
        d.get(IndexSchema.FILE),
        d.get(IndexSchema.FORMAT),
        d.get(IndexSchema.MEDIA_TYPE),
        Optional.ofNullable(d.get(IndexSchema.TYPE)),
        Optional.ofNullable(d.get(IndexSchema.MEETING)),
        Optional.ofNullable(d.get(IndexSchema.DATE)),
        Optional.ofNullable(d.get(IndexSchema.LANGUAGE)),
        intValue(d, IndexSchema.PAGE_COUNT).orElse(0),
        d.getField(IndexSchema.SIZE_BYTES).numericValue().longValue(),
        Optional.ofNullable(d.get(IndexSchema.SYMBOL)),
        List.of(d.getValues(IndexSchema.CITED_SYMBOLS)),
        Optional.ofNullable(d.get(IndexSchema.PLACE)),
        AttendanceCodec.fromJson(d.get(IndexSchema.ATTENDANCE)));
  }

  private static List<String> languages(StoredFields stored, int[] ids) throws IOException {
    List<String> langs = new ArrayList<>(ids.length);
    for (int id : ids) {
      String l =
          stored
              .document(id, java.util.Set.of(IndexSchema.PASSAGE_LANGUAGE))
              .get(IndexSchema.PASSAGE_LANGUAGE);
      langs.add(l == null ? IndexSchema.LANGUAGE_OTHER : l);
    }
    return langs;
  }

  static PassageHit passage(Document d, String highlighted) {
    String text = d.get(IndexSchema.TEXT);
    int ordinal = intValue(d, IndexSchema.ORDINAL).orElseThrow();
    SafeHtml snippet = highlighted != null ? SafeHtml.trusted(highlighted) : SafeHtml.escape(text);
    return new PassageHit(
        d.get(IndexSchema.RECORD_ID) + "#p" + ordinal,
        ordinal,
        Optional.ofNullable(d.get(IndexSchema.PARAGRAPH)),
        intValue(d, IndexSchema.PAGE),
        d.get(IndexSchema.SECTION),
        d.get(IndexSchema.PASSAGE_KIND),
        text,
        snippet,
        facts(d),
        d.get(IndexSchema.PASSAGE_LANGUAGE));
  }

  private static PassageFacts facts(Document d) {
    return new PassageFacts(
        List.of(d.getValues(IndexSchema.SPEAKER)),
        List.of(d.getValues(IndexSchema.PERSON)),
        List.of(d.getValues(IndexSchema.ARTICLE)),
        List.of(d.getValues(IndexSchema.TOPIC)),
        List.of(d.getValues(IndexSchema.COUNTRY)),
        "true".equals(d.get(IndexSchema.DECISION)));
  }

  private static Optional<Integer> intValue(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? Optional.empty() : Optional.of(f.numericValue().intValue());
  }

  private PassageHighlighter snippetHighlighter(IndexSearcher searcher) {
    return new PassageHighlighter(
        PassageHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(formatter())
            .withMaxLength(SNIPPET_MAX_LENGTH));
  }

  private PassageHighlighter wholeTextHighlighter(IndexSearcher searcher) {
    return new PassageHighlighter(
        PassageHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(formatter())
            .withBreakIterator(WholeBreakIterator::new)
            .withMaxLength(SNIPPET_MAX_LENGTH)
            .withMaxNoHighlightPassages(0));
  }

  /** Escapes the document text, then marks the matches: the snippet is safe HTML. */
  private static DefaultPassageFormatter formatter() {
    return new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
  }

  private static Query passagesMatching(Query userQuery) {
    return new BooleanQuery.Builder()
        .add(userQuery, BooleanClause.Occur.MUST)
        .add(kind(IndexSchema.KIND_PASSAGE), BooleanClause.Occur.FILTER)
        .build();
  }

  static Query passagesOf(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.RECORD_ID, id)), BooleanClause.Occur.FILTER)
        .add(kind(IndexSchema.KIND_PASSAGE), BooleanClause.Occur.FILTER)
        .build();
  }

  static Query kind(String kind) {
    return new TermQuery(new Term(IndexSchema.KIND, kind));
  }

  private <T> T withSearcher(LiveIndex.SearcherFunction<T> fn) {
    try {
      return index.withSearcher(fn);
    } catch (IndexSearcher.TooManyClauses e) {
      // The guard counts the words as typed; each word then becomes a clause per language field
      // and glossary translation, which Lucene counts again when it runs the query.
      throw new InvalidQueryException(
          "query.too-many-for-languages", IndexSearcher.getMaxClauseCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface SearchWork<T> {
    T run() throws IOException;
  }

  @Override
  public void close() throws IOException {
    if (ownsIndex) {
      index.close();
    }
  }
}
