package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmarchive.testing.TestIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facets, filters, dates, sorting, export and the record view over HTTP, on known values. */
class FacetsWebIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path indexDir;
  @TempDir static Path corpus;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    TestIndex idx = TestIndex.create();
    idx.record("cc-2024-01.txt", "minutes", "Coordination Committee/2024-01-30", "2024-01-30")
        .symbol("CCM/CC/2024/1")
        .passage(
            "5.1",
            "Australia reported on clearance under Article 4.",
            "speaker",
            "Australia",
            "article",
            "Article 4")
        .passage(
            "5.2",
            "Peru and Australia discussed transparency reporting under Article 7.",
            "speaker",
            "Peru",
            "speaker",
            "Australia",
            "article",
            "Article 7")
        .decision(
            "5.3",
            "The Committee agreed to the extension request under Article 4.",
            "article",
            "Article 4");
    idx.record("cc-2024-06.txt", "minutes", "Coordination Committee/2024-06-12", "2024-06-12")
        .cites("CCM/CC/2024/1")
        .passage("1", "Norway spoke on universalization.", "speaker", "Norway")
        .passage(
            "2",
            "Australia raised Article 7 transparency reporting again.",
            "speaker",
            "Australia",
            "article",
            "Article 7");
    idx.record("msp-2025.txt", "statement", "Meeting of States Parties/2025-09-01", "2025-09-01")
        .passage(
            "1",
            "Peru made a statement on clearance and Article 4.",
            "speaker",
            "Peru",
            "article",
            "Article 4")
        .passage("2", "Stockpile destruction was completed.", "speaker", "Peru");
    idx.write(indexDir);
    server = TestServer.over(indexDir, corpus);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode api(String query) throws Exception {
    HttpResponse<String> r = server.get("/api/search?" + query);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static Map<String, Long> facet(JsonNode body, String dim) {
    Map<String, Long> m = new LinkedHashMap<>();
    JsonNode values = body.get("facets").get(dim);
    if (values != null) {
      values.forEach(v -> m.put(v.get("value").asText(), v.get("count").asLong()));
    }
    return m;
  }

  @Test
  void facetsCountPassagesAndBrowsingNeedsNoQuery() throws Exception {
    JsonNode all = api("q=");
    assertThat(all.get("total_passages").asLong()).isEqualTo(7);
    assertThat(facet(all, "speaker"))
        .containsExactly(
            Map.entry("Australia", 3L), Map.entry("Peru", 3L), Map.entry("Norway", 1L));
    assertThat(facet(all, "article"))
        .containsExactly(Map.entry("Article 4", 3L), Map.entry("Article 7", 2L));
    assertThat(facet(all, "meeting"))
        .containsEntry("Coordination Committee", 5L)
        .containsEntry("Coordination Committee/2024-01-30", 3L);
    JsonNode browse = api("speaker=Norway");
    assertThat(browse.get("total_passages").asLong()).isEqualTo(1);
    assertThat(browse.get("filters").get("speaker").get(0).asText()).isEqualTo("Norway");
  }

  @Test
  void drillSidewaysKeepsTheChosenFacetsOtherValues() throws Exception {
    JsonNode r = api("q=&speaker=Australia");
    assertThat(r.get("total_passages").asLong()).isEqualTo(3);
    assertThat(facet(r, "speaker"))
        .containsExactly(
            Map.entry("Australia", 3L), Map.entry("Peru", 3L), Map.entry("Norway", 1L));
    assertThat(facet(r, "article"))
        .containsExactly(Map.entry("Article 7", 2L), Map.entry("Article 4", 1L));
  }

  @Test
  void multiSelectIsOrWithinAndAndAcross() throws Exception {
    assertThat(api("q=&speaker=Australia&speaker=Peru").get("total_passages").asLong())
        .isEqualTo(5);
    assertThat(
            api("q=&speaker=Australia&article=" + enc("Article 7")).get("total_passages").asLong())
        .isEqualTo(2);
    assertThat(
            api("q=&meeting=" + enc("Coordination Committee/2024-06-12") + "&speaker=Peru")
                .get("total_passages")
                .asLong())
        .isZero();
  }

  @Test
  void dateRangeFiltersAndSortOrdersByDate() throws Exception {
    assertThat(api("q=&from=2024-02-01&to=2025").get("total_passages").asLong()).isEqualTo(4);
    assertThat(api("q=&from=2024-06").get("total_passages").asLong()).isEqualTo(4);
    JsonNode months = api("q=&year=2024");
    assertThat(months.get("date_histogram").get("granularity").asText()).isEqualTo("month");
    assertThat(months.get("date_histogram").get("buckets").get(0).get("from").asText())
        .isEqualTo("2024-01-01");
    List<String> newest =
        api("q=article&sort=newest").get("hits").findValuesAsText("id").stream()
            .filter(id -> !id.contains("#"))
            .toList();
    assertThat(newest).containsExactly("msp-2025.txt", "cc-2024-06.txt", "cc-2024-01.txt");
    List<String> oldest =
        api("q=article&sort=oldest").get("hits").findValuesAsText("id").stream()
            .filter(id -> !id.contains("#"))
            .toList();
    assertThat(oldest).containsExactly("cc-2024-01.txt", "cc-2024-06.txt", "msp-2025.txt");
  }

  @Test
  void badParametersAre400WithReadableMessages() throws Exception {
    for (String bad :
        new String[] {"sort=random", "from=2024-13-45", "year=24", "from=2025&to=2024", "size=x"}) {
      HttpResponse<String> r = server.get("/api/search?q=&" + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad).isNotBlank();
    }
    assertThat(server.get("/?q=&sort=random").body()).contains("sort must be one of");
  }

  @Test
  void passagesCarryLabelsInJsonAndHtml() throws Exception {
    JsonNode p = api("q=" + enc("\"extension request\"")).get("hits").get(0).get("passages").get(0);
    assertThat(p.get("decision").asBoolean()).isTrue();
    assertThat(p.get("articles").get(0).asText()).isEqualTo("Article 4");
    Document doc = Jsoup.parse(server.get("/?q=transparency").body());
    assertThat(doc.select(".hit .label.speaker").eachText()).contains("Australia", "Peru");
    assertThat(doc.select(".hit .label.article").eachText()).contains("Article 7");
    // A label narrows the current search to that value.
    String narrowed = doc.selectFirst(".hit .label.speaker:contains(Peru)").attr("href");
    assertThat(narrowed).startsWith("/?q=transparency&speaker=Peru");
    assertThat(Jsoup.parse(server.get(narrowed).body()).selectFirst(".summary").text())
        .contains("1 paragraph");
  }

  @Test
  void everyFacetValueIsALinkThatTogglesIt() throws Exception {
    Document doc = Jsoup.parse(server.get("/?q=").body());
    var peru = doc.selectFirst(".facet-speaker a.facet-value[data-value=Peru]");
    assertThat(peru.selectFirst(".facet-count").text()).isEqualTo("3");
    Document chosen = Jsoup.parse(server.get(peru.attr("href")).body());
    var again = chosen.selectFirst(".facet-speaker a.facet-value[data-value=Peru]");
    assertThat(again.attr("aria-current")).isEqualTo("true");
    assertThat(chosen.selectFirst(".summary").text()).contains("3 paragraphs");
    Document back = Jsoup.parse(server.get(again.attr("href")).body());
    assertThat(back.selectFirst(".summary").text()).contains("7 paragraphs");
    assertThat(chosen.select(".chosen a.chip").first().text()).contains("Speaker").contains("Peru");
  }

  @Test
  void emptySearchOffersDidYouMeanAndDroppingAFilter() throws Exception {
    Document doc = Jsoup.parse(server.get("/?q=clearence").body());
    assertThat(doc.selectFirst(".did-you-mean a").text()).isEqualTo("clearance");
    Document filtered = Jsoup.parse(server.get("/?q=transparency&speaker=Norway").body());
    var drop = filtered.selectFirst(".relax a");
    assertThat(drop.text()).contains("Norway");
    assertThat(Jsoup.parse(server.get(drop.attr("href")).body()).select("li.hit")).hasSize(2);
  }

  @Test
  void csvExportHasOneRowPerPassageOfTheFilteredSearch() throws Exception {
    HttpResponse<String> r = server.get("/api/export.csv?q=&speaker=Peru&sort=oldest");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("text/csv");
    assertThat(r.body()).startsWith("\uFEFFrecord,title,meeting,date,");
    List<Map<String, String>> rows;
    try (var it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .<Map<String, String>>readValues(r.body().substring(1))) {
      rows = it.readAll();
    }
    assertThat(rows).hasSize(3);
    assertThat(rows.getFirst().get("record")).isEqualTo("cc-2024-01.txt");
    assertThat(rows.getFirst().get("speakers")).isEqualTo("Peru; Australia");
    assertThat(rows.getFirst().get("paragraph")).isEqualTo("5.2");
    assertThat(rows.getFirst().get("date")).isEqualTo("2024-01-30");
    assertThat(rows.get(1).get("decision")).isEmpty();
    JsonNode json = JSON.readTree(server.get("/api/export.json?q=&speaker=Peru").body());
    assertThat(json.get("rows").size()).isEqualTo(3);
    assertThat(json.get("rows").get(0).get("speakers").isArray()).isTrue();
    assertThat(json.get("rows").get(0).get("decision").isBoolean()).isTrue();
    assertThat(json.get("truncated").asBoolean()).isFalse();
  }

  @Test
  void autocompleteReturnsMatchingValues() throws Exception {
    JsonNode r = JSON.readTree(server.get("/api/facets/speaker?prefix=no").body());
    assertThat(r.get("values").get(0).get("value").asText()).isEqualTo("Norway");
    assertThat(r.get("values").get(0).get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/api/facets/colour").statusCode()).isEqualTo(400);
  }

  @Test
  void recordViewCitesLinksAndOffersSimilarParagraphs() throws Exception {
    Document doc = Jsoup.parse(server.get("/doc/cc-2024-01.txt?q=clearance").body());
    assertThat(doc.selectFirst("#cite-p3").text())
        .isEqualTo("Coordination Committee, minutes of 30 January 2024, para. 5.3 (p. 1)");
    assertThat(doc.selectFirst("#p3 .badge.decision")).isNotNull();
    assertThat(doc.select("#p1 mark").text()).isEqualToIgnoringCase("clearance");
    assertThat(doc.select(".record-facts a[href=/doc/cc-2024-06.txt]")).hasSize(1);
    String similar = doc.selectFirst("#p2 a.similar").attr("href");
    Document like = Jsoup.parse(server.get(similar).body());
    assertThat(like.selectFirst("li.hit a").attr("href")).isEqualTo("/doc/cc-2024-06.txt#p2");
    Document cited = Jsoup.parse(server.get("/doc/cc-2024-06.txt").body());
    assertThat(cited.select(".record-facts a[href=/doc/cc-2024-01.txt]").text())
        .isEqualTo("CCM/CC/2024/1");
  }

  @Test
  void pageUsesNoInlineScriptAndHelpExists() throws Exception {
    Document doc = Jsoup.parse(server.get("/?q=clearance").body());
    assertThat(doc.select("script:not([src])")).isEmpty();
    assertThat(doc.select("[style]")).isEmpty();
    assertThat(server.get("/app.js").statusCode()).isEqualTo(200);
    assertThat(server.get("/help").body()).contains("fuzzy");
    for (var input : doc.select("input:not([type=hidden])")) {
      assertThat(doc.select("label[for=" + input.id() + "]")).as(input.id()).isNotEmpty();
    }
  }
}
