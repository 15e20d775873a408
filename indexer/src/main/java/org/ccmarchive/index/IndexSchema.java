package org.ccmarchive.index;

import java.util.LinkedHashMap;
import java.util.List;
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
  public static final int VERSION = 2;

  /** Commit user-data key under which the schema version is recorded. */
  public static final String VERSION_KEY = "ccm.schema.version";

  /**
   * The one schema-version check: why an index whose last commit carries {@code commitUserData}
   * cannot be read by this build, or empty when it can.
   */
  public static java.util.Optional<String> outdated(java.util.Map<String, String> commitUserData) {
    String v = commitUserData.get(VERSION_KEY);
    if (Integer.toString(VERSION).equals(v)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "the index was built with schema version "
            + (v == null ? "unknown" : v)
            + ", this build uses "
            + VERSION);
  }

  public static final String KIND = "kind";
  public static final String KIND_RECORD = "record";
  public static final String KIND_PASSAGE = "passage";

  /** A file that could not be indexed, remembered so an unchanged broken file is not re-parsed. */
  public static final String KIND_FAILURE = "failure";

  // Incremental indexing (on record and failure entries; stored only)
  public static final String CONTENT_HASH = "content_hash";
  public static final String FILE_MTIME = "file_mtime";
  public static final String METADATA_HASH = "metadata_hash";
  public static final String FAILURE_REASON = "failure_reason";

  /**
   * The same file state in one binary doc-values column ({@link IndexedFiles#encode}): a run with
   * nothing to do reads 2,000 records' state from it in milliseconds, where the stored fields
   * decompressed the passages stored next to each record. Embedded index only.
   */
  public static final String FILE_STATE = "file_state";

  /** Pages whose text came from OCR; stored on the record entry, absent when none. */
  public static final String OCR_PAGES = "ocr_pages";

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

  public static final String SYMBOL = "symbol";
  public static final String CITED_SYMBOLS = "cited_symbols";
  public static final String PLACE = "place";

  /** Who attended a meeting (minutes), stored as JSON on the record entry. */
  public static final String ATTENDANCE = "attendance";

  // Passage-level
  /** The passage text as written: stored for display, searched through the fields below. */
  public static final String TEXT = "text";

  /** The six UN languages the archive analyses, ISO 639-1, in UN order. */
  public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  /** Language value of a passage or record in none of {@link #LANGUAGES}. */
  public static final String LANGUAGE_OTHER = "other";

  /** Passage text analysed for its own language ({@code text_fr}…): stemming, folding. */
  public static final String TEXT_LANGUAGE_PREFIX = "text_";

  /** Passage text, language-neutral: Unicode words, case and accents folded, no stemming. */
  public static final String TEXT_NEUTRAL = "text_neutral";

  /** The language a passage is written in (may differ from its record's), stored. */
  public static final String PASSAGE_LANGUAGE = "passage_language";

  public static final String PAGE = "page";
  public static final String PARAGRAPH = "paragraph";
  public static final String SECTION = "section";
  public static final String PASSAGE_KIND = "passage_kind";

  /** Delegations or organisations speaking in a passage (gazetteer names). */
  public static final String SPEAKER = "speaker";

  /** Persons speaking in a passage, as named in the record. */
  public static final String PERSON = "person";

  /** Convention articles a passage refers to, normalised as {@code Article N}. */
  public static final String ARTICLE = "article";

  /** Thematic topics of a passage (rule-based). */
  public static final String TOPIC = "topic";

  /** States mentioned in a passage without speaking. */
  public static final String COUNTRY = "country";

  /** "true" on passages recording a decision or agreement. */
  public static final String DECISION = "decision";

  /**
   * Analysed fields of one term per value that the embedded index holds as {@code StringField}s,
   * without length norms: a SolrCloud schema omits their norms too, or a symbol or a language would
   * score by how many values a document has on one backend and not on the other.
   */
  public static final Set<String> WITHOUT_NORMS =
      Set.of(
          SYMBOL,
          CITED_SYMBOLS,
          DECISION,
          FORMAT,
          LANGUAGE,
          PARAGRAPH,
          PASSAGE_KIND,
          PASSAGE_LANGUAGE);

  /** The per-language text field of one of {@link #LANGUAGES}. */
  public static String textField(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("not an analysed language: " + language);
    }
    return TEXT_LANGUAGE_PREFIX + language;
  }

  /** Every field a plain query word is searched in, with its boost. */
  public static Map<String, Float> textFieldBoosts() {
    Map<String, Float> boosts = new LinkedHashMap<>();
    for (String lang : LANGUAGES) {
      boosts.put(textField(lang), 1.0f);
    }
    // Exact (unstemmed) matches on names, symbols and numbers count, but less than a stemmed
    // match in the passage's own language would on its own.
    boosts.put(TEXT_NEUTRAL, 0.5f);
    return boosts;
  }

  // Facet dimensions (sorted-set doc values)
  public static final String FACET_MEETING = "meeting";
  public static final String FACET_SPEAKER = "speaker";
  public static final String FACET_PERSON = "person";
  public static final String FACET_ARTICLE = "article";
  public static final String FACET_TOPIC = "topic";
  public static final String FACET_TYPE = "type";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_YEAR = "year";
  public static final String FACET_COUNTRY = "country";
  public static final String FACET_FORMAT = "format";

  /** Every facet dimension, in the order the search page shows them. */
  public static final List<String> FACETS =
      List.of(
          FACET_MEETING,
          FACET_SPEAKER,
          FACET_ARTICLE,
          FACET_TOPIC,
          FACET_TYPE,
          FACET_YEAR,
          FACET_LANGUAGE,
          FACET_COUNTRY,
          FACET_PERSON,
          FACET_FORMAT);

  /** Dimensions whose values are paths ({@code Coordination Committee › 2024-01-30}). */
  public static final Set<String> HIERARCHICAL_FACETS = Set.of(FACET_MEETING);

  /** Dimensions a passage can have several values of. */
  public static final Set<String> MULTI_VALUED_FACETS =
      Set.of(FACET_SPEAKER, FACET_PERSON, FACET_ARTICLE, FACET_TOPIC, FACET_COUNTRY);

  /** Fields indexed verbatim, as one term: exact identity, no folding. */
  public static final Set<String> VERBATIM_FIELDS = Set.of(FILE, RECORD_ID, KIND);

  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final Map<String, AnalysisChain> fieldChains;
  private final Analyzer analyzer;

  public IndexSchema() {
    AnalysisChain keyword = Analyzers.FOLDED_KEYWORD;
    AnalysisChain words = Analyzers.FOLDED_WORDS;
    Map<String, AnalysisChain> perField = new LinkedHashMap<>();
    perField.put(TITLE, words);
    perField.put(SECTION, words);
    perField.put(TYPE, keyword);
    perField.put(FORMAT, keyword);
    perField.put(LANGUAGE, keyword);
    perField.put(PARAGRAPH, keyword);
    perField.put(MEETING, keyword);
    for (String f : List.of(SPEAKER, ARTICLE, TOPIC, COUNTRY, SYMBOL, CITED_SYMBOLS, PLACE)) {
      perField.put(f, keyword);
    }
    // Persons are found by any of their names ("person:Moraga" finds Pamela Moraga).
    perField.put(PERSON, words);
    perField.put(DECISION, keyword);
    perField.put(PASSAGE_KIND, keyword);
    perField.put(PASSAGE_LANGUAGE, keyword);
    perField.put(TEXT_NEUTRAL, words);
    for (String lang : LANGUAGES) {
      perField.put(textField(lang), Analyzers.languageText(lang));
    }
    this.fieldChains = java.util.Collections.unmodifiableMap(perField);
    // One analyzer per chain, shared by the fields that use it.
    Map<AnalysisChain, Analyzer> built = new java.util.HashMap<>();
    Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    perField.forEach((f, c) -> analyzers.put(f, built.computeIfAbsent(c, AnalysisChain::analyzer)));
    for (String f : VERBATIM_FIELDS) {
      analyzers.put(f, new KeywordAnalyzer());
    }
    this.analyzer =
        new PerFieldAnalyzerWrapper(
            built.computeIfAbsent(defaultChain(), AnalysisChain::analyzer), analyzers);
    for (String dim : FACETS) {
      facetsConfig.setMultiValued(dim, MULTI_VALUED_FACETS.contains(dim));
      facetsConfig.setHierarchical(dim, HIERARCHICAL_FACETS.contains(dim));
    }
  }

  /** The analysis chain of each analysed field, in declaration order. */
  public Map<String, AnalysisChain> fieldChains() {
    return fieldChains;
  }

  /** The chain of any field not in {@link #fieldChains()} or {@link #VERBATIM_FIELDS}. */
  public AnalysisChain defaultChain() {
    return Analyzers.ENGLISH_TEXT;
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
    return Map.ofEntries(
        Map.entry("text", TEXT),
        Map.entry("title", TITLE),
        Map.entry("section", SECTION),
        Map.entry("type", TYPE),
        Map.entry("format", FORMAT),
        Map.entry("language", LANGUAGE),
        Map.entry("paragraph", PARAGRAPH),
        Map.entry("meeting", MEETING),
        Map.entry("file", FILE),
        Map.entry("id", RECORD_ID),
        // Matched against facet values first (UserQueryParser), then the analysed field.
        Map.entry("speaker", SPEAKER),
        Map.entry("person", PERSON),
        Map.entry("article", ARTICLE),
        Map.entry("topic", TOPIC),
        Map.entry("country", COUNTRY),
        Map.entry("decision", DECISION),
        Map.entry("symbol", SYMBOL),
        Map.entry("cited", CITED_SYMBOLS),
        Map.entry("cited_symbols", CITED_SYMBOLS),
        Map.entry("place", PLACE));
  }
}
