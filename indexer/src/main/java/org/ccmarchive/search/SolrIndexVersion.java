package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.ccmarchive.enrich.PassageFacts;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.index.SolrConfigset;

/**
 * The SolrCloud collection behind the alias as an {@link IndexVersion}: passage handles number the
 * passages in id order as read here. The facet labels are the stored values of the facet-named
 * fields (the indexer writes the same values to both).
 */
final class SolrIndexVersion implements IndexVersion {

  private static final String PASSAGE_FIELDS =
      String.join(
          ",",
          SolrConfigset.ID,
          IndexSchema.RECORD_ID,
          IndexSchema.ORDINAL,
          IndexSchema.PARAGRAPH,
          IndexSchema.SECTION,
          IndexSchema.PASSAGE_KIND,
          IndexSchema.SPEAKER,
          IndexSchema.PERSON,
          IndexSchema.ARTICLE,
          IndexSchema.TOPIC,
          IndexSchema.COUNTRY,
          IndexSchema.DECISION);

  private final SolrArchiveIndex solr;
  private final UserQueryParser parser;
  private final SolrPassageHandles handles;

  SolrIndexVersion(SolrArchiveIndex solr, UserQueryParser parser, SolrPassageHandles handles) {
    this.solr = solr;
    this.parser = parser;
    this.handles = handles;
  }

  @Override
  public Object key() {
    return handles.key();
  }

  @Override
  public List<RecordSummary> records() {
    List<RecordSummary> out = new ArrayList<>();
    solr.walk(
        "reading every record",
        all(IndexSchema.KIND_RECORD, "*"),
        1000,
        (page, d) -> out.add(StoredDocs.summary(SolrArchiveIndex.stored(d))));
    return out;
  }

  @Override
  public List<PassageEntry> passages() {
    List<PassageEntry> out = new ArrayList<>();
    ModifiableSolrParams p = all(IndexSchema.KIND_PASSAGE, PASSAGE_FIELDS);
    // A record's passages in reading order, as the embedded index holds them: the knowledge base
    // lists a meeting's agenda, and picks first mentions, in this order.
    p.set("sort", IndexSchema.RECORD_ID + " asc," + IndexSchema.ORDINAL + " asc");
    solr.walk(
        "reading every passage",
        p,
        1000,
        (page, d) -> {
          out.add(entry(d));
          return true;
        });
    return out;
  }

  private PassageEntry entry(SolrDocument d) {
    int handle = handle((String) d.getFirstValue(SolrConfigset.ID));
    return new PassageEntry(
        handle,
        (String) d.getFirstValue(IndexSchema.RECORD_ID),
        ((Number) d.getFirstValue(IndexSchema.ORDINAL)).intValue(),
        Optional.ofNullable((String) d.getFirstValue(IndexSchema.PARAGRAPH)),
        text(d, IndexSchema.SECTION),
        text(d, IndexSchema.PASSAGE_KIND),
        new PassageFacts(
            values(d, IndexSchema.SPEAKER),
            values(d, IndexSchema.PERSON),
            values(d, IndexSchema.ARTICLE),
            values(d, IndexSchema.TOPIC),
            values(d, IndexSchema.COUNTRY),
            "true".equals(d.getFirstValue(IndexSchema.DECISION))));
  }

  private int handle(String id) {
    return handles.handle(id);
  }

  /**
   * Read when asked, many neighbouring passages in one request (see {@link SolrPassageHandles}).
   */
  @Override
  public String text(int handle) {
    return handles.text(handle, this::texts);
  }

  /** The texts of the passages with these Solr ids, in one request. */
  private Map<String, String> texts(List<String> passageIds) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", SolrCluster.anyOf(SolrConfigset.ID, passageIds));
    p.set("fl", SolrConfigset.ID + "," + IndexSchema.TEXT);
    p.set("rows", passageIds.size());
    Map<String, String> out = new HashMap<>();
    for (SolrDocument d : solr.query("reading passage texts", p).getResults()) {
      out.put(
          (String) d.getFirstValue(SolrConfigset.ID), (String) d.getFirstValue(IndexSchema.TEXT));
    }
    return out;
  }

  @Override
  public Set<Integer> matching(String query) {
    ModifiableSolrParams p = all(IndexSchema.KIND_PASSAGE, SolrConfigset.ID);
    p.set("q", solr.queryText(p).of(parser.parse(query)));
    Set<Integer> out = new HashSet<>();
    solr.walk(
        "finding matching passages",
        p,
        1000,
        (page, d) -> {
          out.add(handle((String) d.getFirstValue(SolrConfigset.ID)));
          return true;
        });
    return out;
  }

  private static ModifiableSolrParams all(String kind, String fields) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", SolrArchiveIndex.kindFilter(kind));
    p.set("fl", fields);
    p.set("sort", SolrConfigset.ID + " asc");
    return p;
  }

  private static String text(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? "" : v.toString();
  }

  /**
   * A passage's values of one dimension, sorted: the embedded index reads them from sorted doc
   * values, Solr's stored field keeps the order they were written in, and pages list them as read.
   */
  private static List<String> values(SolrDocument d, String field) {
    var v = d.getFieldValues(field);
    return v == null ? List.of() : v.stream().map(Object::toString).sorted().toList();
  }
}
