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
  private final Object key;
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> handles = new HashMap<>();
  private final Map<Integer, String> texts = new HashMap<>();

  SolrIndexVersion(SolrArchiveIndex solr, UserQueryParser parser) {
    this.solr = solr;
    this.parser = parser;
    this.key = solr.versionKey();
  }

  @Override
  public Object key() {
    return key;
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
    solr.walk(
        "reading every passage",
        all(IndexSchema.KIND_PASSAGE, PASSAGE_FIELDS),
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
    return handles.computeIfAbsent(
        id,
        k -> {
          ids.add(k);
          return ids.size() - 1;
        });
  }

  /** Read when asked, one passage at a time, and kept for this version. */
  @Override
  public String text(int handle) {
    if (handle < 0 || handle >= ids.size()) {
      return null;
    }
    return texts.computeIfAbsent(
        handle,
        h -> {
          ModifiableSolrParams p = new ModifiableSolrParams();
          p.set("q", "*:*");
          p.add("fq", "{!term f=" + SolrConfigset.ID + " v=$pid}");
          p.set("pid", ids.get(h));
          p.set("fl", IndexSchema.TEXT);
          var found = solr.query("reading a passage's text", p).getResults();
          return found.isEmpty() ? null : (String) found.getFirst().getFirstValue(IndexSchema.TEXT);
        });
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

  private static List<String> values(SolrDocument d, String field) {
    var v = d.getFieldValues(field);
    return v == null ? List.of() : v.stream().map(Object::toString).toList();
  }
}
