package org.ccmarchive.web.cite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as CSL-JSON (the Citation Style Language's input data, read by Zotero, Mendeley, Pandoc
 * and citeproc): an array of items. A paragraph pinpoint is not item data in CSL but part of a
 * citation, so one pinned record is answered as a CSL citation whose item carries the {@code
 * locator} (the paragraph) and {@code label} "paragraph".
 */
public final class CslJson {

  /** The media type of CSL-JSON. */
  public static final String MEDIA_TYPE = "application/vnd.citationstyles.csl+json";

  static final String CITATION_SCHEMA =
      "https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json";

  private CslJson() {}

  /** The items, one per record. */
  public static List<Map<String, Object>> items(List<CitableRecord> records) {
    return records.stream().map(CslJson::item).toList();
  }

  /** One record's item data. */
  public static Map<String, Object> item(CitableRecord r) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "ccm-" + r.id());
    item.put("type", "report");
    item.put("title", r.title());
    item.put("author", r.authors().stream().map(a -> Map.of("literal", a)).toList());
    if (!r.date().isEmpty()) {
      item.put("issued", Map.of("date-parts", List.of(r.date())));
    }
    item.put("publisher", r.publisher());
    r.symbol().ifPresent(s -> item.put("number", s));
    r.type().ifPresent(t -> item.put("genre", t));
    r.language().ifPresent(l -> item.put("language", l));
    item.put("URL", r.url());
    if (!r.pinpoints().isEmpty()) {
      item.put(
          "note",
          String.join(
              "; ", r.pinpoints().stream().map(p -> p.label() + " <" + p.url() + ">").toList()));
    }
    return item;
  }

  /** A citation of one paragraph: the record's item with the paragraph as its locator. */
  public static Map<String, Object> citation(CitableRecord r, CitableRecord.Pinpoint at) {
    Map<String, Object> cited = new LinkedHashMap<>();
    cited.put("id", "ccm-" + r.id());
    cited.put("itemData", item(r));
    cited.put("locator", at.paragraph());
    cited.put("label", "paragraph");
    Map<String, Object> citation = new LinkedHashMap<>();
    citation.put("schema", CITATION_SCHEMA);
    citation.put("citationID", "ccm-" + r.id() + "-p" + at.ordinal());
    citation.put("citationItems", List.of(cited));
    citation.put("properties", Map.of("noteIndex", 0));
    return citation;
  }
}
