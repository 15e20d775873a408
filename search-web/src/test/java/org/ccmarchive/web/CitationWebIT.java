package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccmarchive.testing.TestCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citable records on the seed corpus: Highwire {@code citation_*} tags on every record page, RIS
 * per record, per paragraph and per result set checked against the RIS specification's line format,
 * and CSL-JSON validated against the Citation Style Language's published schemas ({@code
 * src/test/resources/csl}).
 */
class CitationWebIT {

  /** A RIS line: two capitals (or capital, digit), two spaces, hyphen, space, the value. */
  static final Pattern RIS_LINE = Pattern.compile("^[A-Z][A-Z0-9]  - (.*)$");

  /** The reference types of the RIS specification the archive may use. */
  static final Set<String> RIS_TYPES = Set.of("RPRT", "GOVDOC", "GEN", "HEAR", "PAMP");

  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  @TempDir static Path work; // the index in work/index: its report goes beside it
  static TestServer server;
  static List<String> recordIds;
  static JsonSchema cslData;
  static JsonSchema cslCitation;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestCorpus.seedCorpus(), work.resolve("index"));
    Set<String> ids = new LinkedHashSet<>();
    JSON.readTree(server.get("/api/export.json?q=").body())
        .get("rows")
        .forEach(r -> ids.add(r.get("record").asText()));
    recordIds = List.copyOf(ids);
    cslData = schema("csl/csl-data.json");
    cslCitation = schema("csl/csl-citation.json");
  }

  private static JsonSchema schema(String resource) throws Exception {
    try (InputStream in = Files.newInputStream(TestCorpus.resource(resource))) {
      return SCHEMAS.getSchema(in);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static List<String> meta(Document page, String name) {
    return page.select("meta[name=" + name + "]").stream().map(e -> e.attr("content")).toList();
  }

  @Test
  void everyRecordPageCarriesHighwireCitationTagsWithAbsoluteUrls() throws Exception {
    assertThat(recordIds).hasSizeGreaterThanOrEqualTo(9);
    int withSymbol = 0;
    int withPdf = 0;
    for (String id : recordIds) {
      Document page = Jsoup.parse(server.get("/doc/" + id).body());
      String where = "record " + id;
      assertThat(meta(page, "citation_title"))
          .as(where)
          .containsExactly(page.selectFirst("h1").text());
      assertThat(meta(page, "citation_author")).as(where).isNotEmpty().doesNotContain("");
      assertThat(meta(page, "citation_publisher"))
          .as(where)
          .containsExactly("Convention on Cluster Munitions");
      assertThat(meta(page, "citation_fulltext_html_url"))
          .as(where)
          .containsExactly(server.base() + "/doc/" + id);
      for (String date : meta(page, "citation_date")) {
        assertThat(date).as(where).matches("\\d{4}(/\\d{2}(/\\d{2})?)?");
        assertThat(meta(page, "citation_publication_date")).containsExactly(date);
      }
      assertThat(meta(page, "citation_language")).as(where).hasSize(1);
      withSymbol += meta(page, "citation_technical_report_number").size();
      for (String pdf : meta(page, "citation_pdf_url")) {
        assertThat(pdf).isEqualTo(server.base() + "/doc/" + id + "/original");
        withPdf++;
      }
      Element ris =
          page.selectFirst("link[rel=alternate][type=application/x-research-info-systems]");
      assertThat(ris.attr("href")).isEqualTo("/doc/" + id + "/cite.ris");
    }
    assertThat(withSymbol).as("records with a document symbol").isPositive();
    assertThat(withPdf).as("PDF records").isEqualTo(3);
    Document minutes = Jsoup.parse(server.get("/doc/" + idOf("CC-Minutes-30-January-2024")).body());
    assertThat(meta(minutes, "citation_date")).containsExactly("2024/01/30");
    assertThat(meta(minutes, "citation_author")).containsExactly("Coordination Committee");
  }

  private static String idOf(String fileStem) {
    return recordIds.stream()
        .filter(id -> id.toLowerCase().contains(fileStem.toLowerCase()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record for " + fileStem + " in " + recordIds));
  }

  /**
   * Checks {@code body} against the RIS specification's form and returns its references, each as
   * its tag lines.
   */
  static List<List<String[]>> ris(String body) {
    assertThat(body).doesNotContain("\r\r").contains("\r\n");
    assertThat(body.replace("\r\n", ""))
        .as("every line ends CRLF")
        .doesNotContain("\n")
        .doesNotContain("\r");
    List<List<String[]>> refs = new ArrayList<>();
    List<String[]> current = null;
    for (String line : body.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      var m = RIS_LINE.matcher(line);
      assertThat(m.matches()).as("RIS line: " + line).isTrue();
      String tag = line.substring(0, 2);
      if (current == null) {
        assertThat(tag).as("a reference starts with TY").isEqualTo("TY");
        assertThat(RIS_TYPES).contains(m.group(1));
        current = new ArrayList<>();
      } else {
        assertThat(tag).as("TY only first").isNotEqualTo("TY");
      }
      current.add(new String[] {tag, m.group(1)});
      if (tag.equals("ER")) {
        assertThat(m.group(1)).isEmpty();
        refs.add(current);
        current = null;
      }
    }
    assertThat(current).as("the last reference ends with ER").isNull();
    for (List<String[]> ref : refs) {
      List<String> tags = ref.stream().map(t -> t[0]).toList();
      assertThat(tags).contains("TI", "AU", "PB", "UR");
      assertThat(value(ref, "UR")).startsWith(server.base() + "/doc/");
      if (tags.contains("PY")) {
        assertThat(value(ref, "PY")).matches("\\d{4}");
        assertThat(value(ref, "DA")).matches("\\d{4}/(\\d{2})?/(\\d{2})?/.*");
      }
    }
    return refs;
  }

  static String value(List<String[]> ref, String tag) {
    return ref.stream().filter(t -> t[0].equals(tag)).map(t -> t[1]).findFirst().orElse(null);
  }

  static void validCslItems(JsonNode items) {
    Set<ValidationMessage> errors = cslData.validate(items);
    assertThat(errors).as(items.toString()).isEmpty();
  }

  @Test
  void eachRecordAndParagraphIsOneRisReference() throws Exception {
    for (String id : recordIds) {
      HttpResponse<String> r = server.get("/doc/" + id + "/cite.ris");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/x-research-info-systems");
      List<List<String[]>> refs = ris(r.body());
      assertThat(refs).hasSize(1);
      assertThat(value(refs.getFirst(), "UR")).isEqualTo(server.base() + "/doc/" + id);
    }
    String minutes = idOf("CC-Minutes-26-November-2025");
    List<String[]> ref = ris(server.get("/doc/" + minutes + "/cite.ris?p=5").body()).getFirst();
    assertThat(value(ref, "UR")).isEqualTo(server.base() + "/doc/" + minutes);
    assertThat(value(ref, "N1"))
        .startsWith("para. ")
        .endsWith(": " + server.base() + "/doc/" + minutes + "#p5");
    assertThat(value(ref, "SP")).as("the page of a PDF paragraph").matches("\\d+");
    assertThat(value(ref, "L1")).isEqualTo(server.base() + "/doc/" + minutes + "/original");
  }

  @Test
  void eachRecordIsValidCslJsonAndAParagraphIsACitationWithItsLocator() throws Exception {
    for (String id : recordIds) {
      HttpResponse<String> r = server.get("/doc/" + id + "/cite.json");
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/vnd.citationstyles.csl+json");
      JsonNode items = JSON.readTree(r.body());
      validCslItems(items);
      assertThat(items).hasSize(1);
      assertThat(items.get(0).get("URL").asText()).isEqualTo(server.base() + "/doc/" + id);
    }
    String minutes = idOf("CC-Minutes-30-January-2024");
    JsonNode items = JSON.readTree(server.get("/doc/" + minutes + "/cite.json").body());
    assertThat(items.get(0).get("issued").get("date-parts").toString()).isEqualTo("[[2024,1,30]]");

    JsonNode citation = JSON.readTree(server.get("/doc/" + minutes + "/cite.json?p=12").body());
    assertThat(cslCitation.validate(citation)).as(citation.toString()).isEmpty();
    JsonNode cited = citation.get("citationItems").get(0);
    validCslItems(JsonNodeFactory.instance.arrayNode().add(cited.get("itemData")));
    assertThat(cited.get("label").asText()).isEqualTo("paragraph");
    assertThat(cited.get("locator").asText()).isNotBlank();
    String page = server.get("/doc/" + minutes).body();
    Element p12 = Jsoup.parse(page).getElementById("p12");
    assertThat(p12.selectFirst("a.anchor").text()).isEqualTo("¶ " + cited.get("locator").asText());
  }

  @Test
  void aResultSetExportsAsRisAndCslJsonOneReferencePerRecordPinnedToItsParagraphs()
      throws Exception {
    Set<String> expected = new LinkedHashSet<>();
    JsonNode rows = JSON.readTree(server.get("/api/export.json?q=clearance").body()).get("rows");
    rows.forEach(r -> expected.add(server.base() + "/doc/" + r.get("record").asText()));
    assertThat(expected).hasSizeGreaterThan(1);

    HttpResponse<String> r = server.get("/api/export.ris?q=clearance");
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    List<List<String[]>> refs = ris(r.body());
    assertThat(refs.stream().map(ref -> value(ref, "UR")).toList())
        .containsExactlyElementsOf(expected);
    long notes = refs.stream().flatMap(List::stream).filter(t -> t[0].equals("N1")).count();
    assertThat(notes).isEqualTo(rows.size());

    JsonNode items = JSON.readTree(server.get("/api/export.csl.json?q=clearance").body());
    validCslItems(items);
    List<String> urls = new ArrayList<>();
    items.forEach(i -> urls.add(i.get("URL").asText()));
    assertThat(urls).containsExactlyElementsOf(expected);
    assertThat(items.get(0).get("note").asText()).contains("para. ");
  }

  @Test
  void anUnknownRecordOrParagraphIsA404AndAMalformedParagraphA400() throws Exception {
    String id = recordIds.getFirst();
    assertThat(server.get("/doc/" + id + "/cite.ris?p=99999").statusCode()).isEqualTo(404);
    assertThat(server.get("/doc/" + id + "/cite.json?p=x").statusCode()).isEqualTo(400);
    assertThat(server.get("/doc/nope/cite.ris").statusCode()).isEqualTo(404);
    assertThat(server.get("/api/export.ris?q=%22").statusCode()).isLessThan(500);
  }
}
