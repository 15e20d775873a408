package org.ccmarchive.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Solr 9 configset of the archive, generated from {@link IndexSchema}: the same field names,
 * the same analysis chains as Solr field types (by factory class, with their word lists), facet
 * fields as docValues, offsets on the text fields for the unified highlighter. Plain XML text: no
 * Solr classes are needed to write it. The committed copy ({@code solr-node/configset}) is checked
 * against this by {@code SolrConfigsetTest}.
 *
 * <p>Like the embedded index, a Solr collection holds record documents and passage documents
 * ({@link IndexSchema#KIND}); {@code id} is the record id for a record and {@code <record
 * id>#<ordinal>} for a passage. Facet values live in {@code facet_<dimension>} string fields with
 * docValues; the hierarchical meeting dimension holds its full path.
 */
public final class SolrConfigset {

  /** The Lucene version Solr 9.10 runs on, named in {@code solrconfig.xml}. */
  static final String LUCENE_MATCH_VERSION = "9.12";

  /** Solr's unique key field. */
  public static final String ID = "id";

  /** Prefix of the docValues field holding a facet dimension's values. */
  public static final String FACET_PREFIX = "facet_";

  private final IndexSchema schema;

  public SolrConfigset(IndexSchema schema) {
    this.schema = schema;
  }

  /** Every file of the configset: path inside {@code conf/} → content. */
  public Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    files.put("managed-schema.xml", schemaXml());
    files.put("solrconfig.xml", solrconfigXml());
    for (AnalysisChain chain : chains()) {
      chain.wordLists().forEach((name, words) -> files.put(name, String.join("\n", words) + "\n"));
    }
    return files;
  }

  /** Writes the configset into {@code dir} (its {@code conf} folder), replacing what is there. */
  public void write(Path dir) throws IOException {
    for (Map.Entry<String, String> f : files().entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** {@code java -cp ccm-archive.jar org.ccmarchive.index.SolrConfigset <conf dir>} */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SolrConfigset <configset conf directory>");
      System.exit(2);
    }
    new SolrConfigset(new IndexSchema()).write(Path.of(args[0]));
  }

  private Set<AnalysisChain> chains() {
    Set<AnalysisChain> chains = new LinkedHashSet<>();
    chains.add(schema.defaultChain());
    chains.addAll(schema.fieldChains().values());
    return chains;
  }

  /** A field of the Solr schema. */
  private record Field(
      String name, String type, boolean indexed, boolean stored, boolean multi, boolean offsets) {}

  private List<Field> fields() {
    Map<String, Field> f = new LinkedHashMap<>();
    // Identity
    f.put(ID, new Field(ID, "string", true, true, false, false));
    f.put("_version_", new Field("_version_", "plong", false, false, false, false));
    f.put(
        IndexSchema.RECORD_ID,
        new Field(IndexSchema.RECORD_ID, "string", true, true, false, false));
    f.put(IndexSchema.KIND, new Field(IndexSchema.KIND, "string", true, true, false, false));
    f.put(IndexSchema.ORDINAL, new Field(IndexSchema.ORDINAL, "pint", true, true, false, false));
    f.put(IndexSchema.FILE, new Field(IndexSchema.FILE, "string", true, true, false, false));
    // Stored only: what the record view and incremental indexing read back.
    for (String s :
        List.of(
            IndexSchema.MEDIA_TYPE,
            IndexSchema.CONTENT_HASH,
            IndexSchema.METADATA_HASH,
            IndexSchema.FAILURE_REASON,
            IndexSchema.ATTENDANCE,
            IndexSchema.TEXT)) {
      f.put(s, new Field(s, "string", false, true, false, false));
    }
    f.put(
        IndexSchema.OCR_PAGES, new Field(IndexSchema.OCR_PAGES, "pint", false, true, true, false));
    for (String n : List.of(IndexSchema.SIZE_BYTES, IndexSchema.FILE_MTIME)) {
      f.put(n, new Field(n, "plong", false, true, false, false));
    }
    for (String n : List.of(IndexSchema.PAGE_COUNT, IndexSchema.PAGE)) {
      f.put(n, new Field(n, "pint", false, true, false, false));
    }
    // Filtered and sorted on (the embedded index keeps the epoch day in docValues).
    f.put(IndexSchema.DATE, new Field(IndexSchema.DATE, "pdate", true, true, false, false));
    // Analysed fields, with the chain IndexSchema gives them.
    Set<String> multi =
        Set.of(
            IndexSchema.SPEAKER,
            IndexSchema.PERSON,
            IndexSchema.ARTICLE,
            IndexSchema.TOPIC,
            IndexSchema.COUNTRY,
            IndexSchema.CITED_SYMBOLS,
            IndexSchema.MEETING);
    schema
        .fieldChains()
        .forEach(
            (name, chain) -> {
              boolean text =
                  name.equals(IndexSchema.TEXT_NEUTRAL)
                      || name.startsWith(IndexSchema.TEXT_LANGUAGE_PREFIX);
              // The analysed copies of the passage text carry offsets and are stored too:
              // Solr's unified highlighter marks a field from that field's own stored value
              // (the embedded index reads them all from "text").
              f.put(name, new Field(name, chain.name(), true, true, multi.contains(name), text));
            });
    for (String dim : IndexSchema.FACETS) {
      String n = FACET_PREFIX + dim;
      boolean many =
          IndexSchema.MULTI_VALUED_FACETS.contains(dim)
              || IndexSchema.HIERARCHICAL_FACETS.contains(dim);
      f.put(n, new Field(n, "string", true, false, many, false));
    }
    return List.copyOf(f.values());
  }

  String schemaXml() {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append(
        "<!-- Generated from org.ccmarchive.index.IndexSchema by SolrConfigset: do not edit.\n");
    x.append("     Schema version ").append(IndexSchema.VERSION).append(". -->\n");
    x.append("<schema name=\"ccm\" version=\"1.6\">\n");
    x.append("  <uniqueKey>").append(ID).append("</uniqueKey>\n\n");
    for (Field f : fields()) {
      x.append("  <field name=\"")
          .append(f.name())
          .append("\" type=\"")
          .append(f.type())
          .append("\" indexed=\"")
          .append(f.indexed())
          .append("\" stored=\"")
          .append(f.stored())
          .append('"');
      if (f.multi()) {
        x.append(" multiValued=\"true\"");
      }
      if (f.stored() && !f.indexed()) {
        // Read back only: no column of values (a long passage would not fit one anyway).
        x.append(" docValues=\"false\"");
      }
      if (f.offsets()) {
        x.append(" storeOffsetsWithPositions=\"true\"");
      }
      if (IndexSchema.WITHOUT_NORMS.contains(f.name())) {
        x.append(" omitNorms=\"true\"");
      }
      if (f.name().equals(ID)) {
        x.append(" required=\"true\"");
      }
      x.append("/>\n");
    }
    x.append("\n");
    x.append(
        "  <fieldType name=\"string\" class=\"solr.StrField\" sortMissingLast=\"true\""
            + " docValues=\"true\"/>\n");
    x.append("  <fieldType name=\"pint\" class=\"solr.IntPointField\" docValues=\"true\"/>\n");
    x.append("  <fieldType name=\"plong\" class=\"solr.LongPointField\" docValues=\"true\"/>\n");
    // Undated records sort last, newest or oldest first, as in the embedded index.
    x.append(
        "  <fieldType name=\"pdate\" class=\"solr.DatePointField\" docValues=\"true\""
            + " sortMissingLast=\"true\"/>\n");
    for (AnalysisChain c : chains()) {
      x.append("  <fieldType name=\"")
          .append(c.name())
          .append("\" class=\"solr.TextField\" positionIncrementGap=\"0\">\n");
      x.append("    <analyzer>\n");
      x.append("      <tokenizer").append(attributes(c.tokenizer())).append("/>\n");
      for (AnalysisChain.Step s : c.filters()) {
        x.append("      <filter").append(attributes(s)).append("/>\n");
      }
      x.append("    </analyzer>\n");
      x.append("  </fieldType>\n");
    }
    x.append("</schema>\n");
    return x.toString();
  }

  private static String attributes(AnalysisChain.Step s) {
    StringBuilder a = new StringBuilder(" class=\"").append(s.solrClass()).append('"');
    new TreeMap<>(s.args())
        .forEach((k, v) -> a.append(' ').append(k).append("=\"").append(xml(v)).append('"'));
    return a.toString();
  }

  private static String xml(String v) {
    return v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  String solrconfigXml() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated by org.ccmarchive.index.SolrConfigset: do not edit. -->
        <config>
          <luceneMatchVersion>%1$s</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <directoryFactory name="DirectoryFactory"
                            class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
          <!-- The schema is generated from IndexSchema: read-only, so it cannot drift at run time. -->
          <schemaFactory class="ManagedIndexSchemaFactory">
            <bool name="mutable">false</bool>
            <str name="managedSchemaResourceName">managed-schema.xml</str>
          </schemaFactory>
          <indexConfig>
            <lockType>${solr.lock.type:native}</lockType>
          </indexConfig>
          <updateHandler class="solr.DirectUpdateHandler2">
            <updateLog>
              <str name="dir">${solr.ulog.dir:}</str>
            </updateLog>
            <autoCommit>
              <maxTime>${solr.autoCommit.maxTime:15000}</maxTime>
              <openSearcher>false</openSearcher>
            </autoCommit>
            <autoSoftCommit>
              <maxTime>${solr.autoSoftCommit.maxTime:-1}</maxTime>
            </autoSoftCommit>
          </updateHandler>
          <!-- Term statistics of the whole collection, not of each shard: a passage scores as in
               one index, so the shards rank records as the embedded index does. -->
          <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
          <query>
            <maxBooleanClauses>${solr.max.booleanClauses:1024}</maxBooleanClauses>
            <filterCache size="512" initialSize="512" autowarmCount="0"/>
            <queryResultCache size="512" initialSize="512" autowarmCount="0"/>
            <documentCache size="512" initialSize="512" autowarmCount="0"/>
            <enableLazyFieldLoading>true</enableLazyFieldLoading>
          </query>
          <requestDispatcher>
            <requestParsers enableRemoteStreaming="false" multipartUploadLimitInKB="2048000"
                            formdataUploadLimitInKB="2048"/>
          </requestDispatcher>
          <!-- "Did you mean": Lucene's DirectSpellChecker over the neutral field with the settings
               the embedded index's SpellingSuggester gives it (Lucene's defaults, written out), so
               both backends suggest the same words. Asked for with spellcheck=true. -->
          <searchComponent name="spellcheck" class="solr.SpellCheckComponent">
            <str name="queryAnalyzerFieldType">folded_words</str>
            <lst name="spellchecker">
              <str name="name">default</str>
              <str name="field">%2$s</str>
              <str name="classname">solr.DirectSolrSpellChecker</str>
              <str name="distanceMeasure">internal</str>
              <str name="comparatorClass">score</str>
              <float name="accuracy">0.5</float>
              <int name="maxEdits">2</int>
              <int name="minPrefix">1</int>
              <int name="maxInspections">5</int>
              <int name="minQueryLength">4</int>
              <float name="maxQueryFrequency">0.01</float>
              <float name="thresholdTokenFrequency">0</float>
            </lst>
          </searchComponent>
          <requestHandler name="/select" class="solr.SearchHandler">
            <lst name="defaults">
              <str name="echoParams">explicit</str>
              <int name="rows">10</int>
              <str name="df">%2$s</str>
            </lst>
            <arr name="last-components">
              <str>spellcheck</str>
            </arr>
          </requestHandler>
          <!-- Token-by-token analysis: the drift test compares it with the embedded analyzers. -->
          <requestHandler name="/analysis/field" class="solr.FieldAnalysisRequestHandler"
                          startup="lazy"/>
        </config>
        """
        .formatted(LUCENE_MATCH_VERSION, IndexSchema.TEXT_NEUTRAL);
  }
}
