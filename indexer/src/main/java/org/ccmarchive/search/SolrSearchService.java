package org.ccmarchive.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
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
 * <p>Not here yet (the embedded index has them): the second tier of records whose passages match
 * the query only together, spelling suggestions, the cost gate (Solr's own limits and the time
 * budget apply).
 */
public final class SolrSearchService {

  private static final String RECORDS_TAG = "records";
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

  /** Facet values by the forms a person types them in, per dimension; cleared by refresh(). */
  private final Map<String, Map<String, String>> typedValues = new ConcurrentHashMap<>();

  public SolrSearchService(SolrCluster cluster, IndexSchema schema, QueryLimits limits) {
    this.cluster = cluster;
    this.schema = schema;
    this.limits = limits;
    this.names = Gazetteer.standard();
    this.parser = new UserQueryParser(schema, this::canonicalValue, names);
  }

  /** Forgets what it cached of the collection's facet values (after a re-index). */
  public void refresh() {
    typedValues.clear();
  }

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
  public SearchResults searchAfter(SearchRequest typed, String after) {
    SearchRequest request = canonical(typed);
    Optional<SearchCursor> cursor = SearchCursor.decode(after);
    return page(
        request,
        Optional.of(
            cursor.map(SolrSearchService::cursorMark).orElse(CursorMarkParams.CURSOR_MARK_START)));
  }

  private SearchResults page(SearchRequest request, Optional<String> cursorMark) {
    long start = System.nanoTime();
    Query user = parser.parse(request.query(), request.crossLingual());
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", new SolrQueryText(p, schema.facetsConfig(), "qp").of(user));
    p.add("fq", kindFilter(IndexSchema.KIND_PASSAGE));
    filter(p, request.filters());
    p.add("fq", "{!collapse field=" + IndexSchema.RECORD_ID + " tag=" + RECORDS_TAG + "}");
    p.set("expand", true);
    p.set("expand.rows", PassageSearch.PASSAGES_PER_RECORD - 1);
    p.set("expand.sort", "score desc," + SolrConfigset.ID + " asc");
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
    Map<String, Long> matching = new HashMap<>();
    Map<String, List<String>> passageIds = new LinkedHashMap<>();
    Map<String, SolrDocumentList> expanded =
        r.getExpandedResults() == null ? Map.of() : r.getExpandedResults();
    for (SolrDocument head : r.getResults()) {
      String recordId = (String) head.getFirstValue(IndexSchema.RECORD_ID);
      order.add(recordId);
      scores.put(recordId, ((Number) head.getFirstValue("score")).floatValue());
      List<String> ids = new ArrayList<>();
      ids.add((String) head.getFirstValue(SolrConfigset.ID));
      SolrDocumentList more = expanded.get(recordId);
      long others = 0;
      if (more != null) {
        others = more.getNumFound();
        more.forEach(d -> ids.add((String) d.getFirstValue(SolrConfigset.ID)));
      }
      matching.put(recordId, 1 + others);
      passageIds.put(recordId, ids);
    }
    List<RecordHit> hits = hits(user, order, scores, matching, passageIds);
    NestableJsonFacet facets = r.getJsonFacetingResponse();
    long totalPassages = facets == null ? 0 : facets.getQueryFacet(PASSAGES).getCount();
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    boolean partial = Boolean.TRUE.equals(r.getResponseHeader().get("partialResults"));
    return new SearchResults(
            request,
            r.getResults().getNumFound(),
            totalPassages,
            tookMs,
            hits,
            FacetedSearch.withChosen(facetCounts(facets), request.filters()),
            histogram(facets),
            Suggestions.NONE)
        .asPartial(partial);
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
      Map<String, List<String>> passageIds) {
    if (order.isEmpty()) {
      return List.of();
    }
    List<String> allIds = passageIds.values().stream().flatMap(List::stream).toList();
    ModifiableSolrParams p = new ModifiableSolrParams();
    String q = new SolrQueryText(p, schema.facetsConfig(), "qp").of(user);
    p.set("q", "*:*");
    p.add("fq", SolrCluster.anyOf(SolrConfigset.ID, allIds));
    p.set("rows", allIds.size());
    p.set("fl", "*");
    highlight(p, q, false);
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
      hits.add(new RecordHit(summary, scores.get(recordId), matching.get(recordId), shown));
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
  public Optional<RecordSummary> summary(String id) {
    return Optional.ofNullable(summaries(List.of(id)).get(id));
  }

  /** Every passage of one record in order; query terms marked when a query is given. */
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
      highlight(p, new SolrQueryText(p, schema.facetsConfig(), "qp").of(user), true);
    }
    QueryResponse r = query("loading record " + id, p);
    List<PassageHit> passages = new ArrayList<>();
    for (SolrDocument sd : r.getResults()) {
      Document d = stored(sd);
      String html = marked ? snippet(r, (String) sd.getFirstValue(SolrConfigset.ID), d) : null;
      passages.add(StoredDocs.passage(d, html));
    }
    return Optional.of(new RecordDetail(summary.get(), passages));
  }

  /**
   * The unified highlighter on each language's field and the neutral one, each marking only its own
   * part of the query; {@link #snippet} then keeps the passage's language's when it marked
   * anything, as the embedded highlighter does.
   */
  private static void highlight(ModifiableSolrParams p, String query, boolean wholeText) {
    List<String> fields = new ArrayList<>();
    IndexSchema.LANGUAGES.forEach(l -> fields.add(IndexSchema.textField(l)));
    fields.add(IndexSchema.TEXT_NEUTRAL);
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.q", query);
    p.set("hl.fl", String.join(",", fields));
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
      p.set("hl.fragsize", 0);
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
  public SearchRequest canonical(SearchRequest typed) {
    Filters f = typed.filters();
    if (f.isEmpty()) {
      return typed;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String dim : f.dimensions()) {
      values.put(
          dim,
          IndexSchema.HIERARCHICAL_FACETS.contains(dim)
              ? f.of(dim)
              : f.of(dim).stream().map(v -> canonicalValue(dim, v).orElse(v)).toList());
    }
    return new SearchRequest(
        typed.query(),
        typed.page(),
        typed.size(),
        new Filters(values, f.from(), f.to()),
        typed.sort(),
        typed.crossLingual());
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
  private static void filter(ModifiableSolrParams p, Filters filters) {
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
      String from = filters.from().map(SolrSearchService::instant).orElse("*");
      String to = filters.to().map(SolrSearchService::instant).orElse("*");
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
  private static Document stored(SolrDocument sd) {
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

  private static String kindFilter(String kind) {
    return "{!term f=" + IndexSchema.KIND + "}" + kind;
  }

  private QueryResponse query(String what, ModifiableSolrParams p) {
    try {
      return cluster.call(what, c -> c.query(cluster.alias(), p, SolrRequest.METHOD.POST));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
