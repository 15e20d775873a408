package org.ccmarchive.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The one definition of the index: field names, how each is analysed, which fields users may name
 * in queries, and the facet configuration shared by indexing and search. Nothing else declares a
 * field name.
 *
 * <p>The index holds two kinds of Lucene document: one per <em>record</em> (record-level metadata,
 * for the record view and the documents API) and one per <em>passage</em> (what searches match).
 * Passage documents repeat the record-level fields they are filtered on, unstored.
 */
public final class IndexSchema {

  /** Bumped whenever a change to this class makes older indexes unreadable or wrong. */
  public static final int VERSION = 1;

  /** Commit user-data key under which the schema version is recorded. */
  public static final String VERSION_KEY = "ccm.schema.version";

  public static final String KIND = "kind";
  public static final String KIND_RECORD = "record";
  public static final String KIND_PASSAGE = "passage";

  // Identity
  public static final String RECORD_ID = "record_id";
  public static final String ORDINAL = "ordinal";

  // Record-level
  public static final String TITLE = "title";
  public static final String FILE = "file";
  public static final String MEDIA_TYPE = "media_type";
  public static final String FORMAT = "format";
  public static final String SIZE_BYTES = "size_bytes";
  public static final String PAGE_COUNT = "page_count";
  public static final String TYPE = "type";
  public static final String MEETING = "meeting";
  public static final String DATE = "date";
  public static final String LANGUAGE = "language";

  // Passage-level
  public static final String TEXT = "text";
  public static final String PAGE = "page";
  public static final String PARAGRAPH = "paragraph";
  public static final String SECTION = "section";
  public static final String PASSAGE_KIND = "passage_kind";

  /** Facet dimensions (sorted-set doc values), in display order. */
  public static final String FACET_TYPE = "type";

  public static final String FACET_FORMAT = "format";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_YEAR = "year";

  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final Analyzer analyzer;

  public IndexSchema() {
    Analyzer keyword = Analyzers.foldedKeyword();
    Analyzer words = Analyzers.foldedWords();
    Map<String, Analyzer> perField = new LinkedHashMap<>();
    perField.put(TITLE, words);
    perField.put(SECTION, words);
    perField.put(TYPE, keyword);
    perField.put(FORMAT, keyword);
    perField.put(LANGUAGE, keyword);
    perField.put(PARAGRAPH, keyword);
    perField.put(MEETING, keyword);
    perField.put(FILE, new KeywordAnalyzer());
    perField.put(RECORD_ID, new KeywordAnalyzer());
    perField.put(KIND, new KeywordAnalyzer());
    perField.put(PASSAGE_KIND, keyword);
    this.analyzer = new PerFieldAnalyzerWrapper(Analyzers.englishText(), perField);
    for (String dim : Set.of(FACET_TYPE, FACET_FORMAT, FACET_LANGUAGE, FACET_YEAR)) {
      facetsConfig.setMultiValued(dim, false);
    }
  }

  /** The analyzer for indexing and query parsing, per field. */
  public Analyzer analyzer() {
    return analyzer;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /**
   * Field names a user may write in a query ({@code title:minutes}), mapped to the index field. The
   * default field is {@link #TEXT}.
   */
  public Map<String, String> queryFields() {
    return Map.of(
        "text", TEXT,
        "title", TITLE,
        "section", SECTION,
        "type", TYPE,
        "format", FORMAT,
        "language", LANGUAGE,
        "paragraph", PARAGRAPH,
        "meeting", MEETING,
        "file", FILE,
        "id", RECORD_ID);
  }
}
