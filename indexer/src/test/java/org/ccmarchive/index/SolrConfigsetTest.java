package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Solr configset committed in {@code solr-node/configset} is the one generated from {@link
 * IndexSchema}, and the token fixture the SolrCloud test compares Solr's analysis with is what our
 * Lucene analyzers make of the sample texts. After a deliberate schema or analysis change,
 * regenerate both: {@code ./mvnw -pl indexer test -Dtest=SolrConfigsetTest -Dccm.regenerate=true}.
 */
class SolrConfigsetTest {

  static final Path CONFIGSET = Path.of("..", "solr-node", "configset", "conf");
  static final Path TOKENS =
      Path.of(
          "..",
          "solr-node",
          "src",
          "test",
          "resources",
          "org",
          "ccmarchive",
          "solr",
          "analysis-expected.tsv");

  private static final boolean REGENERATE = Boolean.getBoolean("ccm.regenerate");

  /** One sentence or phrase per language and kind of value, written for this test. */
  private static final List<String> SAMPLES =
      List.of(
          "The States Parties' reports on clearing cluster munition remnants, 2024-2025.",
          "Les États parties ont présenté l'article 7 et leurs rapports d'avancement.",
          "Los Estados partes informaron sobre las víctimas y las municiones en racimo.",
          "Государства-участники представили доклады о кассетных боеприпасах.",
          "قدمت الدول الأطراف تقاريرها عن الذخائر العنقودية ٢٠٢٤.",
          "集束弹药公约缔约国会议审议了第7条报告。",
          "CCM/MSP/2024/5 Côte d'Ivoire ÖSTERREICH naïve façade",
          "Coordination Committee › 2024-01-30");

  @Test
  void committedConfigsetIsTheGeneratedOne() throws IOException {
    Map<String, String> generated = new SolrConfigset(new IndexSchema()).files();
    if (REGENERATE) {
      try (Stream<Path> old = Files.walk(CONFIGSET)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      new SolrConfigset(new IndexSchema()).write(CONFIGSET);
    }
    Map<String, String> committed = new TreeMap<>();
    try (Stream<Path> files = Files.walk(CONFIGSET)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        committed.put(
            CONFIGSET.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(committed)
        .as("solr-node/configset differs from IndexSchema; regenerate (see class comment)")
        .isEqualTo(generated);
  }

  @Test
  void everyAnalysedFieldIsInTheSchemaWithItsChain() {
    IndexSchema schema = new IndexSchema();
    String xml = new SolrConfigset(schema).schemaXml();
    schema
        .fieldChains()
        .forEach(
            (field, chain) ->
                assertThat(xml).contains("<field name=\"" + field + "\" type=\"" + chain.name()));
    for (String lang : IndexSchema.LANGUAGES) {
      assertThat(xml)
          .contains(
              "<field name=\"text_"
                  + lang
                  + "\" type=\"text_"
                  + lang
                  + "\" indexed=\"true\" stored=\"true\" storeOffsetsWithPositions=\"true\"/>");
    }
    for (String dim : IndexSchema.FACETS) {
      assertThat(xml).contains("<field name=\"facet_" + dim + "\" type=\"string\"");
    }
  }

  @Test
  void tokenFixtureIsWhatOurAnalyzersMakeOfTheSamples() throws IOException {
    String expected = tokenFixture(new IndexSchema());
    if (REGENERATE) {
      Files.writeString(TOKENS, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(TOKENS, StandardCharsets.UTF_8))
        .as("analysis-expected.tsv differs from our analyzers; regenerate (see class comment)")
        .isEqualTo(expected);
  }

  /** Field type, sample, then its terms: one line for every chain and sample, tab-separated. */
  static String tokenFixture(IndexSchema schema) throws IOException {
    // One field per chain: the terms come from the schema's own per-field analyzer.
    Map<String, String> fieldOfChain = new LinkedHashMap<>();
    fieldOfChain.put(schema.defaultChain().name(), "text_en");
    schema.fieldChains().forEach((f, c) -> fieldOfChain.putIfAbsent(c.name(), f));
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : fieldOfChain.entrySet()) {
      for (String sample : SAMPLES) {
        List<String> line = new ArrayList<>(List.of(e.getKey(), sample));
        line.addAll(Terms.of(schema.analyzer(), e.getValue(), sample));
        out.append(String.join("\t", line)).append('\n');
      }
    }
    return out.toString();
  }
}
