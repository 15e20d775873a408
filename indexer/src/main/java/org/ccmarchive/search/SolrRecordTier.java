package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.index.SolrConfigset;

/**
 * The second tier ({@link RecordTier}) on SolrCloud: records none of whose passages holds the whole
 * query but whose passages in scope hold every required part between them. A collection is routed
 * by record id, so all of a record's passages are on one shard and a join from record id to record
 * id, which each shard runs on its own documents, finds "a record with a passage meeting this part"
 * exactly. One request finds the records and counts their passages meeting any part; one per part
 * then takes each record's best passage for it (collapse by record), whose scores add up, as in the
 * embedded tier.
 */
final class SolrRecordTier {

  private static final String BEST_FIRST = "score desc," + IndexSchema.ORDINAL + " asc";

  private final SolrArchiveIndex solr;
  private final FacetsConfig facets;

  SolrRecordTier(SolrArchiveIndex solr, FacetsConfig facets) {
    this.solr = solr;
    this.facets = facets;
  }

  /**
   * The records of {@code tier} whose passages under {@code filters} hold every part, leaving out
   * {@code firstTier}, in {@code order}; {@link RecordTier.Found#passages()} are passage ordinals.
   */
  List<RecordTier.Found> find(
      RecordTier tier, Filters filters, Set<String> firstTier, SortOrder order) {
    List<Query> parts = tier.partQueries();
    // Candidates: records with a passage in scope for each part, not in the first tier.
    ModifiableSolrParams p = new ModifiableSolrParams();
    List<String> scope = scope(p, filters);
    StringBuilder any = new StringBuilder("{!bool");
    for (int i = 0; i < parts.size(); i++) {
      String part = "tp" + i;
      p.set(part, text(p, "tq" + i + "_").of(parts.get(i)));
      StringBuilder inScope = new StringBuilder("{!bool must=$" + part);
      scope.forEach(s -> inScope.append(" filter=$").append(s));
      p.set("tj" + i, inScope.append('}').toString());
      p.add(
          "fq",
          "{!join from="
              + IndexSchema.RECORD_ID
              + " to="
              + IndexSchema.RECORD_ID
              + " v=$tj"
              + i
              + "}");
      any.append(" should=$").append(part);
    }
    p.set("q", any.append('}').toString());
    leaveOut(p, firstTier);
    p.set("rows", 0);
    p.set(
        "json.facet", "{r:{type:terms,field:" + IndexSchema.RECORD_ID + ",limit:-1,refine:true}}");
    NestableJsonFacet f = solr.query("finding second-tier records", p).getJsonFacetingResponse();
    BucketBasedJsonFacet b = f == null ? null : f.getBucketBasedFacets("r");
    Map<String, Long> matching = new HashMap<>();
    if (b != null) {
      b.getBuckets().forEach(x -> matching.put(x.getVal().toString(), x.getCount()));
    }
    if (matching.isEmpty()) {
      return List.of();
    }
    Map<String, Float> scores = new HashMap<>();
    Map<String, Long> dates = new HashMap<>();
    Map<String, TreeSet<Integer>> best = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      for (SolrDocument d : bestPerRecord(parts.get(i), filters, matching.keySet())) {
        String id = (String) d.getFirstValue(IndexSchema.RECORD_ID);
        scores.merge(id, ((Number) d.getFirstValue("score")).floatValue(), Float::sum);
        Object date = d.getFirstValue(IndexSchema.DATE);
        dates.merge(id, date instanceof Date x ? x.getTime() : Long.MIN_VALUE, Math::max);
        best.computeIfAbsent(id, k -> new TreeSet<>())
            .add(((Number) d.getFirstValue(IndexSchema.ORDINAL)).intValue());
      }
    }
    List<RecordTier.Found> out = new ArrayList<>();
    matching.forEach(
        (id, n) ->
            out.add(
                new RecordTier.Found(
                    id, scores.get(id), n, dates.get(id), List.copyOf(best.get(id)))));
    out.sort(RecordTier.order(order));
    return out;
  }

  /** Each record's best passage (in scope) for one part, among {@code records}. */
  private List<SolrDocument> bestPerRecord(Query part, Filters filters, Set<String> records) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    scope(p, filters);
    p.set("q", text(p, "bq").of(part));
    p.add("fq", SolrCluster.anyOf(IndexSchema.RECORD_ID, records));
    p.add("fq", "{!collapse field=" + IndexSchema.RECORD_ID + " sort='" + BEST_FIRST + "'}");
    p.set("rows", records.size());
    p.set(
        "fl",
        String.join(
            ",",
            SolrConfigset.ID,
            IndexSchema.RECORD_ID,
            IndexSchema.ORDINAL,
            IndexSchema.DATE,
            "score"));
    return solr.query("ranking second-tier records", p).getResults();
  }

  /**
   * The passages in scope (passages only, the request's filters) as filter queries of {@code p},
   * each also a named parameter ({@code ts0}, …) for the joins to reuse.
   */
  private static List<String> scope(ModifiableSolrParams p, Filters filters) {
    p.add("fq", SolrArchiveIndex.kindFilter(IndexSchema.KIND_PASSAGE));
    SolrArchiveIndex.filter(p, filters);
    List<String> names = new ArrayList<>();
    String[] fqs = p.getParams("fq");
    for (int i = 0; i < fqs.length; i++) {
      p.set("ts" + i, fqs[i]);
      names.add("ts" + i);
    }
    return names;
  }

  private static void leaveOut(ModifiableSolrParams p, Set<String> records) {
    if (!records.isEmpty()) {
      p.set("tfirst", SolrCluster.anyOf(IndexSchema.RECORD_ID, records));
      p.add("fq", "{!bool must_not=$tfirst}");
    }
  }

  private SolrQueryText text(ModifiableSolrParams p, String prefix) {
    return new SolrQueryText(p, facets, prefix);
  }
}
