package org.ccmarchive.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.JavaBinCodec;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.index.SolrConfigset;

/**
 * Searches the archive on SolrCloud and answers with the same records as {@link SearchService}: the
 * same query parse and limits, passages grouped by record (Solr's collapse on the record id, with
 * expand for a record's next-best passages), facets counted drill-sideways (JSON facets whose
 * domain leaves out the dimension's own filter, tagged), the date histogram (a monthly range
 * facet), the unified highlighter, and deep paging with Solr's cursors. A collection is routed by
 * record id, so a record's passages share a shard and grouping needs no cross-shard merge.
 *
 * <p>Costly searches pass the embedded index's {@link CostGate} rules.
 *
 * <p>As in the embedded index, a query of several parts no one passage holds finds, after those
 * records, the records whose passages hold them together ({@link SolrRecordTier}), and a search
 * that finds nothing suggests a spelling ({@link SolrWords}) and the filters to drop.
 */
public final class SolrArchiveIndex implements ArchiveIndex {

  private static final String RECORDS_TAG = "records";

  /** A record's best passages first, then in reading order. */
  private static final String BEST_PASSAGES = "score desc," + IndexSchema.ORDINAL + " asc";

  private static final String FILTER_TAG = "f_";
  private static final String PASSAGES = "passages";
  private static final String DATES = "dates";

  /** The date histogram's range: wider than any record the Convention's bodies will write. */
  private static final String DATES_FROM = "1900-01-01T00:00:00Z";

  private static final String DATES_TO = "2100-01-01T00:00:00Z";

  /** Sorts after every passage id of a record, so a cursor continues after the whole record. */
  private static final String AFTER_RECORD = "#\uffff";

  private final SolrCluster cluster;
  private final IndexSchema schema;
  private final QueryLimits limits;
  private final Gazetteer names;
  private final UserQueryParser parser;

  /** "Did you mean", over the collection's words. */
  private final SpellingSuggester speller;

  private final SolrWords words;

  /** Records whose passages match the query only together. */
  private final SolrRecordTier tiers;

  /** The embedded index's admission rules for costly searches, over this client's searches. */
  private final CostGate costly;

  /** The passage handles of the collection state last read (see {@link #readVersion}). */
  private SolrPassageHandles handles;

  /** Facet values by the forms a person types them in, per dimension; cleared by refresh(). */
  private final Map<String, Map<String, String>> typedValues = new ConcurrentHashMap<>();

  public SolrArchiveIndex(SolrCluster cluster, IndexSchema schema, QueryLimits limits) {
    this.cluster = cluster;
    this.schema = schema;
    this.limits = limits;
    this.names = Gazetteer.standard();
    this.parser = new UserQueryParser(schema, this::canonicalValue, names);
    this.tiers = new SolrRecordTier(this, schema.facetsConfig());
    this.speller = new SpellingSuggester(schema.analyzer());
    this.words = new SolrWords(this, speller);
    this.costly =
        new CostGate(
            limits.costlyConcurrency(), QueryLimits.COSTLY_WAIT, QueryLimits.COSTLY_REST_PER_BUSY);
  }

  /** Forgets what it cached of the collection's facet values (after a re-index). */
  @Override
  public void refresh() {
    typedValues.clear();
  }

  /** Closes the connection to the cluster. */
  @Override
  public void close() throws IOException {
    cluster.close();
  }

  @Override
  public long export(SearchRequest typed, int cap, RowSink sink) {
    SearchRequest request = canonical(typed);
    ModifiableSolrParams p = matching(request, parse(request));
    String byRecord =
        IndexSchema.RECORD_ID + " asc," + IndexSchema.ORDINAL + " asc," + SolrConfigset.ID + " asc";
    p.set(
        "sort",
        switch (request.sort()) {
          case RELEVANCE -> "score desc," + byRecord;
          case NEWEST -> IndexSchema.DATE + " desc," + byRecord;
          case OLDEST -> IndexSchema.DATE + " asc," + byRecord;
        });
    p.set("fl", "*");
    Map<String, RecordSummary> records = new HashMap<>();
    long[] total = {-1};
    int[] written = {0};
    walk(
        "exporting",
        p,
        Math.max(1, cap),
        (r, d) -> {
          total[0] = r.getResults().getNumFound();
          if (written[0] >= cap) {
            return false;
          }
          PassageHit hit = StoredDocs.passage(stored(d), null);
          RecordSummary record =
              records.computeIfAbsent(hit.recordId(), id -> summary(id).orElseThrow());
          try {
            sink.accept(new ExportRow(record, hit));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          written[0]++;
          return true;
        });
    return Math.max(0, total[0]);
  }

  @Override
  public List<SearchResults.FacetCount> facetValues(String dim, String prefix, int limit) {
    if (!IndexSchema.FACETS.contains(dim)) {
      throw new InvalidQueryException("facet.unknown", dim, IndexSchema.FACETS);
    }
    SearchResults all = search(new SearchRequest("", 1, 1));
    String p = FacetStates.fold(prefix == null ? "" : prefix);
    return all.facets().getOrDefault(dim, List.of()).stream()
        .filter(v -> p.isEmpty() || FacetValueLookup.startsAWord(FacetStates.fold(v.value()), p))
        .limit(Math.max(1, limit))
        .toList();
  }

  /**
   * More like this passage, as the embedded index's MoreLikeThis picks words: the passage's words
   * as the neutral field analyses them, each weighed by its count times its rarity over the
   * collection (tf × idf, the classic formula), seen in at least two passages, the 25 best, any of
   * them. Solr's own MoreLikeThis fetches the passage by id, which a collection routed by record id
   * cannot do.
   */
  @Override
  public List<SimilarPassage> similar(String recordId, int ordinal, int max) {
    Optional<SolrDocument> own = passageDoc(recordId, ordinal);
    if (own.isEmpty()) {
      return List.of();
    }
    String ownId = (String) own.get().getFirstValue(SolrConfigset.ID);
    Object text = own.get().getFirstValue(IndexSchema.TEXT);
    List<String> words = likeWords(text == null ? "" : text.toString());
    if (words.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    StringBuilder q = new StringBuilder("{!bool");
    for (int i = 0; i < words.size(); i++) {
      p.set("lw" + i, "{!term f=" + IndexSchema.TEXT_NEUTRAL + " v=$lt" + i + "}");
      p.set("lt" + i, words.get(i));
      q.append(" should=$lw").append(i);
    }
    p.set("q", q.append('}').toString());
    p.add("fq", kindFilter(IndexSchema.KIND_PASSAGE));
    p.set("rows", max + 1);
    p.set("sort", "score desc," + SolrConfigset.ID + " asc");
    p.set("fl", "*,score");
    List<SimilarPassage> out = new ArrayList<>();
    for (SolrDocument d : query("finding similar passages", p).getResults()) {
      if (ownId.equals(d.getFirstValue(SolrConfigset.ID)) || out.size() == max) {
        continue;
      }
      PassageHit hit = StoredDocs.passage(stored(d), null);
      out.add(
          new SimilarPassage(
              summary(hit.recordId()).orElseThrow(),
              hit,
              ((Number) d.getFirstValue("score")).floatValue()));
    }
    return out;
  }

  /** The passage's most telling neutral-field words (see {@link #similar}). */
  private List<String> likeWords(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (var tokens = schema.analyzer().tokenStream(IndexSchema.TEXT_NEUTRAL, text)) {
      var term =
          tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (counts.isEmpty()) {
      return List.of();
    }
    List<String> words = new ArrayList<>(counts.keySet());
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    StringBuilder facets = new StringBuilder("{");
    for (int i = 0; i < words.size(); i++) {
      // A JSON facet's query does not dereference a parameter; its local parameters do.
      p.set("t" + i, words.get(i));
      facets
          .append(i == 0 ? "" : ",")
          .append("d")
          .append(i)
          .append(":{type:query,q:\"{!term f=")
          .append(IndexSchema.TEXT_NEUTRAL)
          .append(" v=$t")
          .append(i)
          .append("}\"}");
    }
    p.set("json.facet", facets.append('}').toString());
    QueryResponse r = query("weighing a passage's words", p);
    long docs = r.getResults().getNumFound();
    NestableJsonFacet f = r.getJsonFacetingResponse();
    Map<String, Double> weight = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      long df = f.getQueryFacet("d" + i).getCount();
      if (df >= 2) {
        double idf = Math.log((docs + 1) / (double) (df + 1)) + 1;
        weight.put(words.get(i), counts.get(words.get(i)) * idf);
      }
    }
    return weight.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(25)
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public SearchResults withVersionsTogether(SearchResults results) {
    return LanguageVersions.together(results, this::versions);
  }

  /** The record's other language versions: the records with the same symbol, by language. */
  @Override
  public List<RecordVersion> versions(String id) {
    Optional<RecordSummary> own = summary(id);
    if (own.isEmpty() || own.get().symbol().isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", kindFilter(IndexSchema.KIND_RECORD));
    p.add("fq", "{!term f=" + IndexSchema.SYMBOL + " v=$sym}");
    p.set("sym", own.get().symbol().get().toLowerCase(java.util.Locale.ROOT));
    p.set("rows", 50);
    p.set("fl", IndexSchema.RECORD_ID + "," + IndexSchema.TITLE + "," + IndexSchema.LANGUAGE);
    List<RecordVersion> out = new ArrayList<>();
    for (SolrDocument d : query("finding language versions", p).getResults()) {
      String other = (String) d.getFirstValue(IndexSchema.RECORD_ID);
      if (!id.equals(other)) {
        Object lang = d.getFirstValue(IndexSchema.LANGUAGE);
        out.add(
            new RecordVersion(
                other,
                (String) d.getFirstValue(IndexSchema.TITLE),
                lang == null ? IndexSchema.LANGUAGE_OTHER : lang.toString()));
      }
    }
    out.sort(java.util.Comparator.comparing(v -> IndexSchema.LANGUAGES.indexOf(v.language())));
    return out;
  }

  @Override
  public Optional<List<VersionPassage>> versionPassages(String id, int ordinal) {
    Optional<SolrDocument> own = passageDoc(id, ordinal);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    Object number = own.get().getFirstValue(IndexSchema.PARAGRAPH);
    List<VersionPassage> out = new ArrayList<>();
    for (RecordVersion v : versions(id)) {
      Optional<SolrDocument> match =
          number != null ? numberedPassage(v.id(), number.toString()) : passageDoc(v.id(), ordinal);
      match.ifPresent(d -> out.add(new VersionPassage(v, StoredDocs.passage(stored(d), null))));
    }
    return Optional.of(out);
  }

  private Optional<SolrDocument> passageDoc(String recordId, int ordinal) {
    return firstPassage(recordId, "{!term f=" + IndexSchema.ORDINAL + "}" + ordinal);
  }

  private Optional<SolrDocument> numberedPassage(String recordId, String number) {
    return firstPassage(recordId, "{!term f=" + IndexSchema.PARAGRAPH + " v=$num}", "num", number);
  }

  private Optional<SolrDocument> firstPassage(String recordId, String filter, String... more) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", kindFilter(IndexSchema.KIND_PASSAGE));
    p.add("fq", "{!term f=" + IndexSchema.RECORD_ID + " v=$rid}");
    p.set("rid", recordId);
    p.add("fq", filter);
    for (int i = 0; i + 1 < more.length; i += 2) {
      p.set(more[i], more[i + 1]);
    }
    p.set("sort", IndexSchema.ORDINAL + " asc");
    p.set("rows", 1);
    p.set("fl", "*");
    SolrDocumentList found = query("finding a passage", p).getResults();
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
  }

  @Override
  public <T> T readVersion(VersionReader<T> reader) {
    return reader.read(new SolrIndexVersion(this, parser, handles(versionKey())));
  }

  /** The handles of the collection state {@code key}: the same for every read of that state. */
  private synchronized SolrPassageHandles handles(Object key) {
    if (handles == null || !handles.key().equals(key)) {
      handles = new SolrPassageHandles(key);
    }
    return handles;
  }

  /**
   * When the collection last took a document: Solr's version numbers are a clock (milliseconds
   * since the epoch, shifted left 20 bits), so the largest one dates the last update.
   */
  @Override
  public Instant committed() {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    p.set("json.facet", "{last:\"max(_version_)\"}");
    NestableJsonFacet f = query("reading the last update", p).getJsonFacetingResponse();
    Object last = f == null ? null : f.getStatValue("last");
    return last instanceof Number n ? Instant.ofEpochMilli(n.longValue() >>> 20) : Instant.EPOCH;
  }

  /** The key of the collection's current state: which collection, how many, the last update. */
  Object versionKey() {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    p.set("json.facet", "{last:\"max(_version_)\"}");
    QueryResponse r = query("reading the collection's version", p);
    NestableJsonFacet f = r.getJsonFacetingResponse();
    try {
      return List.of(
          cluster.aliased(),
          r.getResults().getNumFound(),
          String.valueOf(f == null ? null : f.getStatValue("last")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Receives one document of a walk; false stops it. */
  @FunctionalInterface
  interface Visitor {
    boolean visit(QueryResponse page, SolrDocument doc);
  }

  /**
   * Every document {@code p} matches, in its sort order (the id added last, as cursors need), a
   * page of {@code pageSize} at a time, until {@code visitor} says stop.
   */
  void walk(String what, ModifiableSolrParams p, int pageSize, Visitor visitor) {
    String sort = p.get("sort", "");
    // Whole clauses: "record_id asc" holds "id asc" but breaks no tie.
    if (Arrays.stream(sort.split(","))
        .map(String::strip)
        .noneMatch((SolrConfigset.ID + " asc")::equals)) {
      p.set("sort", (sort.isEmpty() ? "" : sort + ",") + SolrConfigset.ID + " asc");
    }
    p.set("rows", Math.min(pageSize, 1000));
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = query(what, p);
      for (SolrDocument d : r.getResults()) {
        if (!visitor.visit(r, d)) {
          return;
        }
      }
      String next = r.getNextCursorMark();
      if (r.getResults().isEmpty() || next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }

  /** Writes parsed queries into {@code p}. */
  SolrQueryText queryText(ModifiableSolrParams p) {
    return new SolrQueryText(p, schema.facetsConfig(), "qp");
  }

  private Query parse(SearchRequest request) {
    return parser.parse(request.query(), request.crossLingual());
  }

  @Override
  public SearchResults search(SearchRequest typed) {
    SearchRequest request = canonical(typed);
    QueryLimits.checkWindow(request);
    return page(request, Optional.empty());
  }

  /**
   * The {@code request.size()} records after {@code after} ({@link SearchCursor#START} or a
   * previous answer's cursor), by score then record id, with a Solr cursor: any depth costs the
   * same.
   */
  @Override
  public SearchResults searchAfter(SearchRequest typed, String after) {
    SearchRequest request = canonical(typed);
    Optional<SearchCursor> cursor = SearchCursor.decode(after);
    return page(
        request,
        Optional.of(
            cursor.map(SolrArchiveIndex::cursorMark).orElse(CursorMarkParams.CURSOR_MARK_START)));
  }

  private SearchResults page(SearchRequest request, Optional<String> cursorMark) {
    Query user = parser.parse(request.query(), request.crossLingual());
    return costly.run(isCostly(request, user), () -> page(request, user, cursorMark));
  }

  /**
   * Costly by {@link CostGate}'s rules: by the query, the page or the filter work, else by the
   * counting work, for which the passages the query matches before filtering are counted by Solr (a
   * query that returns no rows; the embedded index estimates them from its term statistics).
   */
  private boolean isCostly(SearchRequest request, Query user) {
    Filters filters = request.filters();
    return CostGate.isCostly(user, request)
        || CostGate.isFacetHeavy(filters, 0)
        || CostGate.isFacetHeavy(filters, count(user, Filters.NONE));
  }

  /** The passages {@code user} matches under {@code filters}, by a query that returns no rows. */
  private long count(Query user, Filters filters) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", queryText(p).of(user));
    p.add("fq", kindFilter(IndexSchema.KIND_PASSAGE));
    filter(p, filters);
    p.set("rows", 0);
    return query("counting passages", p).getResults().getNumFound();
  }

  private SearchResults page(SearchRequest request, Query user, Optional<String> cursorMark) {
    long start = System.nanoTime();
    ModifiableSolrParams p = matching(request, user);
    // Equal scores (every passage of a browse) fall back to reading order, as in the embedded
    // index.
    p.add(
        "fq",
        "{!collapse field="
            + IndexSchema.RECORD_ID
            + " sort='"
            + BEST_PASSAGES
            + "' tag="
            + RECORDS_TAG
            + "}");
    p.set("expand", true);
    p.set("expand.rows", PassageSearch.PASSAGES_PER_RECORD - 1);
    p.set("expand.sort", BEST_PASSAGES);
    p.set("sort", sort(request.sort(), cursorMark.isPresent()));
    if (cursorMark.isPresent()) {
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursorMark.get());
      p.set("start", 0);
    } else {
      p.set("start", request.offset());
    }
    p.set("rows", request.size());
    p.set("fl", SolrConfigset.ID + "," + IndexSchema.RECORD_ID + ",score");
    p.set("timeAllowed", Long.toString(limits.timeBudget().toMillis()));
    p.set("json.facet", facetJson());
    QueryResponse r = query("searching", p);

    List<String> order = new ArrayList<>();
    Map<String, Float> scores = new HashMap<>();

    Map<String, List<String>> passageIds = new LinkedHashMap<>();
    Map<String, SolrDocumentList> expanded =
        r.getExpandedResults() == null ? Map.of() : r.getExpandedResults();
    SolrDocumentList heads = recordHeads(r);
    boolean partial = Boolean.TRUE.equals(r.getResponseHeader().get("partialResults"));
    for (SolrDocument head : heads) {
      String recordId = (String) head.getFirstValue(IndexSchema.RECORD_ID);
      order.add(recordId);
      scores.put(recordId, ((Number) head.getFirstValue("score")).floatValue());
      List<String> ids = new ArrayList<>();
      ids.add((String) head.getFirstValue(SolrConfigset.ID));
      SolrDocumentList more = expanded.get(recordId);
      if (more != null) {
        more.forEach(d -> ids.add((String) d.getFirstValue(SolrConfigset.ID)));
      }
      passageIds.put(recordId, ids);
    }
    Map<String, Long> matching = passagesPerRecord(request, user, order);
    long totalRecords = heads.getNumFound();
    Set<String> secondTier = new HashSet<>();
    Optional<RecordTier> tier = RecordTier.of(user);
    // As in the embedded index: looked for only by a page that reaches the first tier's end; deep
    // paging walks the first tier only.
    if (tier.isPresent()
        && !partial
        && cursorMark.isEmpty()
        && totalRecords <= (long) request.offset() + request.size()) {
      List<RecordTier.Found> more =
          tiers.find(
              tier.get(),
              request.filters(),
              firstTier(request, user, order, totalRecords),
              request.sort());
      int skip = (int) Math.min(more.size(), Math.max(0, request.offset() - totalRecords));
      int room = Math.max(0, request.size() - order.size());
      for (RecordTier.Found f : more.subList(skip, Math.min(more.size(), skip + room))) {
        order.add(f.recordId());
        secondTier.add(f.recordId());
        scores.put(f.recordId(), f.score());
        matching.put(f.recordId(), f.matching());
        passageIds.put(
            f.recordId(), f.passages().stream().map(o -> f.recordId() + "#" + o).toList());
      }
      totalRecords += more.size();
    }
    List<RecordHit> hits = hits(user, order, scores, matching, passageIds, secondTier);
    NestableJsonFacet facets = r.getJsonFacetingResponse();
    long totalPassages = facets == null ? 0 : facets.getQueryFacet(PASSAGES).getCount();
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResults(
            request,
            totalRecords,
            totalPassages,
            tookMs,
            hits,
            FacetedSearch.withChosen(facetCounts(facets), request.filters()),
            histogram(facets),
            totalRecords == 0 && !partial ? suggestions(request, user) : Suggestions.NONE)
        .asPartial(partial);
  }

  /**
   * The collapsed query's record heads. When the shards run past the time budget Solr may answer
   * "partial results" without any result list (seen under load at N=1,000): that is an empty,
   * partial page, not a failure.
   */
  static SolrDocumentList recordHeads(QueryResponse r) {
    return r.getResults() != null ? r.getResults() : new SolrDocumentList();
  }

  /**
   * The first tier's records ({@code total} of them, no more than a page's window): the page's when
   * it holds them all, else read by a collapsed query that returns only their ids.
   */
  private Set<String> firstTier(SearchRequest request, Query user, List<String> page, long total) {
    if (page.size() == total) {
      return new HashSet<>(page);
    }
    ModifiableSolrParams p = matching(request, user);
    p.add("fq", "{!collapse field=" + IndexSchema.RECORD_ID + "}");
    p.set("rows", (int) total);
    p.set("fl", IndexSchema.RECORD_ID);
    Set<String> out = new HashSet<>();
    query("finding first-tier records", p)
        .getResults()
        .forEach(d -> out.add((String) d.getFirstValue(IndexSchema.RECORD_ID)));
    return out;
  }

  /**
   * What to try when nothing is found, as the embedded index offers it: the query with its unknown
   * words spelt as the collection's closest words (when that finds something under the same
   * filters), and the filters whose removal alone would find something, each counted by a query
   * that returns no rows.
   */
  private Suggestions suggestions(SearchRequest request, Query user) {
    Optional<String> corrected;
    try {
      corrected = speller.suggest(request.query(), words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long correctedCount =
        corrected.isEmpty()
            ? 0
            : count(parser.parse(corrected.get(), request.crossLingual()), request.filters());
    return new Suggestions(
        correctedCount == 0 ? Optional.empty() : corrected,
        correctedCount,
        SearchSuggestions.relaxations(request.filters(), f -> count(user, f)));
  }

  /** The passages {@code request} matches: its query, its filters (tagged), passages only. */
  private ModifiableSolrParams matching(SearchRequest request, Query user) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", queryText(p).of(user));
    p.add("fq", kindFilter(IndexSchema.KIND_PASSAGE));
    filter(p, request.filters());
    return p;
  }

  /**
   * How many passages of each record on the page match, counted exactly (expand's counts are lower
   * bounds once its collector stops counting).
   */
  private Map<String, Long> passagesPerRecord(
      SearchRequest request, Query user, List<String> recordIds) {
    Map<String, Long> out = new HashMap<>();
    if (recordIds.isEmpty()) {
      return out;
    }
    ModifiableSolrParams p = matching(request, user);
    p.add("fq", SolrCluster.anyOf(IndexSchema.RECORD_ID, recordIds));
    p.set("rows", 0);
    p.set(
        "json.facet", "{r:{type:terms,field:" + IndexSchema.RECORD_ID + ",limit:-1,refine:true}}");
    NestableJsonFacet f = query("counting passages per record", p).getJsonFacetingResponse();
    BucketBasedJsonFacet b = f == null ? null : f.getBucketBasedFacets("r");
    if (b != null) {
      b.getBuckets().forEach(x -> out.put(x.getVal().toString(), x.getCount()));
    }
    return out;
  }

  /** Relevance: score, then the record (its passages' ids start with it; see AFTER_RECORD). */
  private static String sort(SortOrder order, boolean cursor) {
    String byScore = "score desc," + SolrConfigset.ID + " asc";
    return switch (order) {
      case RELEVANCE -> byScore;
      case NEWEST -> IndexSchema.DATE + " desc," + byScore;
      case OLDEST -> IndexSchema.DATE + " asc," + byScore;
    };
  }

  /**
   * Solr's cursor for "after this record, by score then id": the sort values it would have written,
   * the score and an id after every passage id of the record ({@code <record id>#…}).
   */
  static String cursorMark(SearchCursor cursor) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JavaBinCodec codec = new JavaBinCodec()) {
      codec.marshal(List.of(cursor.score(), cursor.recordId() + AFTER_RECORD), bytes);
      return Base64.getEncoder().encodeToString(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's records, each with its best passages, highlighted, in one request each. */
  private List<RecordHit> hits(
      Query user,
      List<String> order,
      Map<String, Float> scores,
      Map<String, Long> matching,
      Map<String, List<String>> passageIds,
      Set<String> secondTier) {
    if (order.isEmpty()) {
      return List.of();
    }
    List<String> allIds = passageIds.values().stream().flatMap(List::stream).toList();
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", SolrCluster.anyOf(SolrConfigset.ID, allIds));
    p.set("rows", allIds.size());
    p.set("fl", "*");
    highlight(p, marking(p, user), false);
    QueryResponse r = query("loading passages", p);
    Map<String, Document> passages = new HashMap<>();
    r.getResults()
        .forEach(d -> passages.put((String) d.getFirstValue(SolrConfigset.ID), stored(d)));
    Map<String, RecordSummary> summaries = summaries(order);
    List<RecordHit> hits = new ArrayList<>();
    for (String recordId : order) {
      List<PassageHit> shown = new ArrayList<>();
      for (String id : passageIds.get(recordId)) {
        Document d = passages.get(id);
        if (d != null) {
          shown.add(StoredDocs.passage(d, snippet(r, id, d)));
        }
      }
      RecordSummary summary = summaries.get(recordId);
      if (summary == null) {
        throw new IllegalStateException("record entry missing: " + recordId);
      }
      hits.add(
          new RecordHit(
              summary,
              scores.get(recordId),
              matching.getOrDefault(recordId, 0L),
              shown,
              secondTier.contains(recordId) ? RecordHit.Match.RECORD : RecordHit.Match.PASSAGE));
    }
    return hits;
  }

  private Map<String, RecordSummary> summaries(List<String> recordIds) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", kindFilter(IndexSchema.KIND_RECORD));
    p.add("fq", SolrCluster.anyOf(IndexSchema.RECORD_ID, recordIds));
    p.set("rows", recordIds.size());
    p.set("fl", "*");
    Map<String, RecordSummary> out = new HashMap<>();
    for (SolrDocument d : query("loading records", p).getResults()) {
      RecordSummary s = StoredDocs.summary(stored(d));
      out.put(s.id(), s);
    }
    return out;
  }

  /** Record-level facts of one record. */
  @Override
  public Optional<RecordSummary> summary(String id) {
    return Optional.ofNullable(summaries(List.of(id)).get(id));
  }

  /** Every passage of one record in order; query terms marked when a query is given. */
  @Override
  public Optional<RecordDetail> record(String id, String query) {
    Optional<RecordSummary> summary = summary(id);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", kindFilter(IndexSchema.KIND_PASSAGE));
    p.add("fq", "{!term f=" + IndexSchema.RECORD_ID + " v=$rid}");
    p.set("rid", id);
    p.set("sort", IndexSchema.ORDINAL + " asc");
    p.set("rows", RecordView.MAX_RECORD_PASSAGES);
    p.set("fl", "*");
    boolean marked = query != null && !query.isBlank();
    if (marked) {
      Query user = parser.parse(query, true);
      highlight(p, marking(p, user), true);
    }
    QueryResponse r = query("loading record " + id, p);
    List<PassageHit> passages = new ArrayList<>();
    for (SolrDocument sd : r.getResults()) {
      Document d = stored(sd);
      String html = marked ? snippet(r, (String) sd.getFirstValue(SolrConfigset.ID), d) : null;
      passages.add(StoredDocs.passage(d, html));
    }
    return Optional.of(
        new RecordDetail(summary.get(), passages, cites(summary.get()), citedBy(summary.get())));
  }

  /** The cited symbols, each with the record bearing it when the archive holds one. */
  private List<RecordDetail.RecordLink> cites(RecordSummary record) {
    List<RecordDetail.RecordLink> links = new ArrayList<>();
    for (String symbol : record.citedSymbols()) {
      List<SolrDocument> bearer = recordsHolding(IndexSchema.SYMBOL, symbol, 1);
      links.add(
          bearer.isEmpty()
              ? new RecordDetail.RecordLink(symbol, Optional.empty(), Optional.empty())
              : link(symbol, bearer.getFirst()));
    }
    return links;
  }

  /** Records whose cited symbols include this record's symbol. */
  private List<RecordDetail.RecordLink> citedBy(RecordSummary record) {
    if (record.symbol().isEmpty()) {
      return List.of();
    }
    List<RecordDetail.RecordLink> links = new ArrayList<>();
    for (SolrDocument d :
        recordsHolding(
            IndexSchema.CITED_SYMBOLS, record.symbol().get(), RecordLinks.MAX_CITED_BY)) {
      Object symbol = d.getFirstValue(IndexSchema.SYMBOL);
      links.add(link(symbol == null ? "" : symbol.toString(), d));
    }
    return links;
  }

  private static RecordDetail.RecordLink link(String symbol, SolrDocument d) {
    return new RecordDetail.RecordLink(
        symbol,
        Optional.of((String) d.getFirstValue(IndexSchema.RECORD_ID)),
        Optional.ofNullable((String) d.getFirstValue(IndexSchema.TITLE)));
  }

  /** Record entries whose {@code field} holds {@code symbol} (the field's analysis folds it). */
  private List<SolrDocument> recordsHolding(String field, String symbol, int max) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", kindFilter(IndexSchema.KIND_RECORD));
    p.add("fq", "{!field f=" + field + " v=$sym}");
    p.set("sym", symbol);
    p.set("rows", max);
    p.set("fl", IndexSchema.RECORD_ID + "," + IndexSchema.TITLE + "," + IndexSchema.SYMBOL);
    return query("following citations", p).getResults();
  }

  /**
   * What the highlighter marks: each highlighted field's part of {@code user} ({@link FieldQuery},
   * as the embedded highlighter takes it), required parts made optional and exclusions dropped, so
   * that a passage lending a record only some of the query's words (the second tier) has them
   * marked too; the whole query when no part is on a highlighted field.
   */
  private String marking(ModifiableSolrParams p, Query user) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : HIGHLIGHT_FIELDS) {
      FieldQuery.of(user, field).ifPresent(q -> any.add(q, BooleanClause.Occur.SHOULD));
    }
    BooleanQuery parts = any.build();
    return parts.clauses().isEmpty()
        ? queryText(p).of(user)
        : new SolrQueryText(p, schema.facetsConfig(), "hq").of(parts);
  }

  /** Each language's text field, then the neutral one. */
  private static final List<String> HIGHLIGHT_FIELDS =
      Stream.concat(
              IndexSchema.LANGUAGES.stream().map(IndexSchema::textField),
              Stream.of(IndexSchema.TEXT_NEUTRAL))
          .toList();

  /**
   * The unified highlighter on each language's field and the neutral one, each marking only its own
   * part of the query; {@link #snippet} then keeps the passage's language's when it marked
   * anything, as the embedded highlighter does.
   */
  private static void highlight(ModifiableSolrParams p, String query, boolean wholeText) {
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.q", query);
    p.set("hl.fl", String.join(",", HIGHLIGHT_FIELDS));
    p.set("hl.requireFieldMatch", true);
    p.set("hl.encoder", "html");
    p.set("hl.tag.pre", "<mark>");
    p.set("hl.tag.post", "</mark>");
    p.set("hl.tag.ellipsis", " … ");
    p.set("hl.maxAnalyzedChars", QueryLimits.HIGHLIGHT_MAX_CHARS);
    if (wholeText) {
      p.set("hl.bs.type", "WHOLE");
      p.set("hl.snippets", 1);
      p.set("hl.defaultSummary", false);
    } else {
      p.set("hl.bs.type", "SENTENCE");
      p.set("hl.snippets", 2);
      // Plain sentences, as the embedded highlighter breaks them: Solr 9 reads a fragment size of
      // 0 as "the whole field" (every sentence of the passage) and one above 1 as a length goal
      // that merges sentences; 1 leaves its sentence break iterator alone.
      p.set("hl.fragsize", 1);
      p.set("hl.defaultSummary", true);
    }
  }

  /** The passage's language's snippet when it marked anything, else the neutral field's. */
  private static String snippet(QueryResponse r, String id, Document d) {
    Map<String, List<String>> fields =
        r.getHighlighting() == null ? null : r.getHighlighting().get(id);
    if (fields == null) {
      return null;
    }
    String lang = d.get(IndexSchema.PASSAGE_LANGUAGE);
    String own =
        lang != null && IndexSchema.LANGUAGES.contains(lang)
            ? joined(fields.get(IndexSchema.textField(lang)))
            : null;
    String neutral = joined(fields.get(IndexSchema.TEXT_NEUTRAL));
    if (marked(own)) {
      return own;
    }
    if (marked(neutral)) {
      return neutral;
    }
    return own != null ? own : neutral;
  }

  private static String joined(List<String> snippets) {
    return snippets == null || snippets.isEmpty() ? null : String.join(" … ", snippets);
  }

  private static boolean marked(String s) {
    return s != null && s.contains("<mark>");
  }

  /**
   * The request with each facet value as the collection holds it ({@code article=4} → {@code
   * Article 4}); hierarchical paths and unknown values stay as typed.
   */
  @Override
  public SearchRequest canonical(SearchRequest typed) {
    return FacetValueLookup.canonical(typed, this::canonicalValue);
  }

  private Optional<String> canonicalValue(String dim, String text) {
    Map<String, String> known = typedValues.computeIfAbsent(dim, this::readValues);
    return FacetStates.canonical(known, names, text);
  }

  /** Every value of one facet dimension in the collection. */
  private Map<String, String> readValues(String dim) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", kindFilter(IndexSchema.KIND_PASSAGE));
    p.set("rows", 0);
    p.set(
        "json.facet",
        "{v:{type:terms,field:" + SolrConfigset.FACET_PREFIX + dim + ",limit:-1,mincount:1}}");
    NestableJsonFacet f = query("reading the values of " + dim, p).getJsonFacetingResponse();
    List<String> values = new ArrayList<>();
    BucketBasedJsonFacet b = f == null ? null : f.getBucketBasedFacets("v");
    if (b != null) {
      b.getBuckets().forEach(x -> values.add(x.getVal().toString()));
    }
    return FacetStates.byTypedForm(values);
  }

  /** Chosen facet values (OR'd within a dimension) and the date range, each tagged. */
  static void filter(ModifiableSolrParams p, Filters filters) {
    for (String dim : filters.dimensions()) {
      StringBuilder fq = new StringBuilder("{!bool tag=" + FILTER_TAG + dim);
      List<String> values = filters.of(dim);
      for (int i = 0; i < values.size(); i++) {
        String name = "fv_" + dim + "_" + i;
        String term = name + "t";
        p.set(term, String.join(Filters.PATH_SEPARATOR, Filters.path(dim, values.get(i))));
        p.set(name, "{!term f=" + SolrConfigset.FACET_PREFIX + dim + " v=$" + term + "}");
        fq.append(" should=$").append(name);
      }
      p.add("fq", fq.append('}').toString());
    }
    if (filters.hasDates()) {
      String from = filters.from().map(SolrArchiveIndex::instant).orElse("*");
      String to = filters.to().map(SolrArchiveIndex::instant).orElse("*");
      p.set("fv_date", IndexSchema.DATE + ":[" + from + " TO " + to + "]");
      p.add("fq", "{!lucene tag=" + FILTER_TAG + FacetedSearch.DATE_DIMENSION + " v=$fv_date}");
    }
  }

  private static String instant(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  /**
   * Passages (before grouping), each dimension's counts without its own filter, and passages per
   * month without the date range.
   */
  private static String facetJson() {
    StringBuilder j = new StringBuilder("{");
    j.append(PASSAGES)
        .append(":{type:query,q:\"*:*\",domain:{excludeTags:[\"")
        .append(RECORDS_TAG)
        .append("\"]}}");
    for (String dim : IndexSchema.FACETS) {
      boolean all =
          dim.equals(IndexSchema.FACET_YEAR) || IndexSchema.HIERARCHICAL_FACETS.contains(dim);
      j.append(',')
          .append(dim)
          .append(":{type:terms,field:")
          .append(SolrConfigset.FACET_PREFIX)
          .append(dim)
          .append(",limit:")
          .append(all ? -1 : QueryLimits.MAX_FACET_VALUES)
          .append(",mincount:1,refine:true,sort:{count:desc},domain:{excludeTags:[\"")
          .append(RECORDS_TAG)
          .append("\",\"")
          .append(FILTER_TAG)
          .append(dim)
          .append("\"]}}");
    }
    j.append(',')
        .append(DATES)
        .append(":{type:range,field:")
        .append(IndexSchema.DATE)
        .append(",start:\"")
        .append(DATES_FROM)
        .append("\",end:\"")
        .append(DATES_TO)
        .append("\",gap:\"+1MONTH\",mincount:1,domain:{excludeTags:[\"")
        .append(RECORDS_TAG)
        .append("\",\"")
        .append(FILTER_TAG)
        .append(FacetedSearch.DATE_DIMENSION)
        .append("\"]}}");
    return j.append('}').toString();
  }

  private static Map<String, List<SearchResults.FacetCount>> facetCounts(NestableJsonFacet f) {
    Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
    if (f == null) {
      return out;
    }
    for (String dim : IndexSchema.FACETS) {
      BucketBasedJsonFacet b = f.getBucketBasedFacets(dim);
      if (b == null) {
        continue;
      }
      List<SearchResults.FacetCount> values = new ArrayList<>();
      for (BucketJsonFacet bucket : b.getBuckets()) {
        values.add(new SearchResults.FacetCount(bucket.getVal().toString(), bucket.getCount()));
      }
      List<SearchResults.FacetCount> arranged =
          IndexSchema.HIERARCHICAL_FACETS.contains(dim) ? levels(values) : top(dim, values);
      if (!arranged.isEmpty()) {
        out.put(dim, arranged);
      }
    }
    return out;
  }

  private static List<SearchResults.FacetCount> top(
      String dim, List<SearchResults.FacetCount> values) {
    List<SearchResults.FacetCount> sorted = new ArrayList<>(values);
    FacetedSearch.sort(dim, sorted);
    return sorted.size() > QueryLimits.MAX_FACET_VALUES
        ? sorted.subList(0, QueryLimits.MAX_FACET_VALUES)
        : sorted;
  }

  /** A path dimension: each first level by name, its children after it, newest first. */
  private static List<SearchResults.FacetCount> levels(List<SearchResults.FacetCount> values) {
    TreeMap<String, SearchResults.FacetCount> parents = new TreeMap<>();
    Map<String, List<SearchResults.FacetCount>> children = new HashMap<>();
    for (SearchResults.FacetCount v : values) {
      int slash = v.value().indexOf(Filters.PATH_SEPARATOR);
      if (slash < 0) {
        parents.put(v.value(), v);
      } else {
        children.computeIfAbsent(v.value().substring(0, slash), k -> new ArrayList<>()).add(v);
      }
    }
    List<SearchResults.FacetCount> out = new ArrayList<>();
    parents.forEach(
        (name, parent) -> {
          out.add(parent);
          List<SearchResults.FacetCount> kids = children.getOrDefault(name, new ArrayList<>());
          kids.sort(java.util.Comparator.comparing(SearchResults.FacetCount::value).reversed());
          out.addAll(kids);
        });
    return out;
  }

  private static DateHistogram histogram(NestableJsonFacet f) {
    TreeMap<YearMonth, Long> months = new TreeMap<>();
    BucketBasedJsonFacet b = f == null ? null : f.getBucketBasedFacets(DATES);
    if (b != null) {
      for (BucketJsonFacet bucket : b.getBuckets()) {
        if (bucket.getCount() > 0 && bucket.getVal() instanceof Date d) {
          months.merge(
              YearMonth.from(d.toInstant().atZone(ZoneOffset.UTC)), bucket.getCount(), Long::sum);
        }
      }
    }
    return FacetedSearch.histogram(months);
  }

  /** A stored Solr document as the stored fields of a Lucene one, for the shared field mapping. */
  static Document stored(SolrDocument sd) {
    Document d = new Document();
    sd.forEach(
        (name, value) -> {
          Iterable<?> values = value instanceof Iterable<?> many ? many : List.of(value);
          for (Object v : values) {
            switch (v) {
              case Integer i -> d.add(new StoredField(name, i));
              case Long l -> d.add(new StoredField(name, l));
              case Float x -> d.add(new StoredField(name, x));
              case Double x -> d.add(new StoredField(name, x));
              case Date date ->
                  d.add(
                      new StoredField(
                          name, date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()));
              default -> d.add(new StoredField(name, v.toString()));
            }
          }
        });
    return d;
  }

  static String kindFilter(String kind) {
    return "{!term f=" + IndexSchema.KIND + "}" + kind;
  }

  QueryResponse query(String what, ModifiableSolrParams p) {
    try {
      return cluster.call(what, c -> c.query(cluster.alias(), p, SolrRequest.METHOD.POST));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
