package org.ccmarchive.index;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;

/**
 * Turns the Lucene documents {@link RecordDocuments#fields} describes into Solr documents, field by
 * field: the same names ({@link IndexSchema}), the same values; how each is analysed and stored is
 * the configset's job ({@link SolrConfigset}). So there is one description of what a record's
 * documents hold, not a second list for Solr.
 *
 * <p>The Lucene description spells some values twice, once per purpose (a symbol folded for
 * matching and as written for display; a date as a point and as text): Solr indexes and stores from
 * one value, so values of one field that differ only in case are kept once, as stored.
 * Doc-values-only copies are dropped (the configset gives Solr's fields their docValues). Facet
 * values go to {@code facet_<dimension>}; a hierarchical value as each of its paths ({@code
 * Coordination Committee}, {@code Coordination Committee/2024-01-30}), so a level counts and
 * filters like the embedded index's.
 */
public final class SolrDocuments {

  private SolrDocuments() {}

  /** The Solr document of one record entry, passage or failure entry. */
  public static SolrInputDocument of(Document doc) {
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    for (IndexableField f : doc.getFields()) {
      if (f instanceof SortedSetDocValuesFacetField facet) {
        addFacet(values, facet);
        continue;
      }
      boolean stored = f.fieldType().stored();
      boolean searchable =
          f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE
              || f.fieldType().pointDimensionCount() > 0;
      if (!stored && !searchable) {
        continue; // a doc-values copy of a value the document holds anyway
      }
      Object value = value(f);
      Map<String, Object> field = values.computeIfAbsent(f.name(), n -> new LinkedHashMap<>());
      String key = value.toString().toLowerCase(Locale.ROOT);
      if (stored || !field.containsKey(key)) {
        field.put(key, value);
      }
    }
    SolrInputDocument out = new SolrInputDocument();
    out.addField(SolrConfigset.ID, id(doc));
    values.forEach((name, vs) -> vs.values().forEach(v -> out.addField(name, v)));
    return out;
  }

  /** {@code id}: the record id for a record or failure entry, {@code <record id>#<ordinal>}. */
  static String id(Document doc) {
    String recordId = doc.get(IndexSchema.RECORD_ID);
    IndexableField ordinal = doc.getField(IndexSchema.ORDINAL);
    return ordinal == null ? recordId : recordId + "#" + ordinal.numericValue().intValue();
  }

  private static Object value(IndexableField f) {
    if (f.name().equals(IndexSchema.DATE)) {
      LocalDate day =
          f.stringValue() != null
              ? LocalDate.parse(f.stringValue())
              : LocalDate.ofEpochDay(f.numericValue().longValue());
      return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (f.stringValue() != null) {
      return f.stringValue();
    }
    if (f.numericValue() != null) {
      return f.numericValue();
    }
    throw new IllegalArgumentException("field without a value Solr can take: " + f.name());
  }

  private static void addFacet(
      Map<String, Map<String, Object>> values, SortedSetDocValuesFacetField facet) {
    Map<String, Object> field =
        values.computeIfAbsent(SolrConfigset.FACET_PREFIX + facet.dim, n -> new LinkedHashMap<>());
    List<String> path = List.of(facet.path);
    int levels = IndexSchema.HIERARCHICAL_FACETS.contains(facet.dim) ? path.size() : 1;
    for (int i = 1; i <= levels; i++) {
      String v = String.join("/", path.subList(0, i));
      field.putIfAbsent(v, v);
    }
  }
}
