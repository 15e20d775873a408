package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets over the enriched seed corpus, checked against the passages themselves: every count is
 * compared with the passages (from the full JSON export) that carry the value.
 */
class SeedFacetsWebIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JAN_2024 = "cc-minutes-30-january-2024.docx";

  @TempDir static Path work; // the index in work/index: its report goes beside it
  static TestServer server;
  static List<JsonNode> rows;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestCorpus.seedCorpus(), work.resolve("index"));
    JsonNode export = JSON.readTree(server.get("/api/export.json?q=").body());
    assertThat(export.get("truncated").asBoolean()).isFalse();
    rows = new ArrayList<>();
    export.get("rows").forEach(rows::add);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode api(String query) throws Exception {
    return JSON.readTree(server.get("/api/search?" + query).body());
  }

  private static Map<String, Long> facet(JsonNode body, String dim) {
    Map<String, Long> m = new HashMap<>();
    JsonNode values = body.get("facets").get(dim);
    if (values != null) {
      values.forEach(v -> m.put(v.get("value").asText(), v.get("count").asLong()));
    }
    return m;
  }

  private static boolean has(JsonNode row, String column, String value) {
    for (JsonNode v : row.get(column)) {
      if (v.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static long rowsWhere(Predicate<JsonNode> p) {
    return rows.stream().filter(p).count();
  }

  @Test
  void speakerAndArticleCountsAreThePassagesCarryingThem() throws Exception {
    JsonNode all = api("q=");
    assertThat(all.get("total_passages").asLong()).isEqualTo(rows.size());
    Map<String, Long> speakers = facet(all, "speaker");
    Map<String, Long> articles = facet(all, "article");
    assertThat(speakers).containsKeys("Australia", "Peru", "Norway", "Mexico");
    assertThat(articles).containsKeys("Article 4", "Article 7");
    speakers.forEach(
        (s, n) -> assertThat(rowsWhere(r -> has(r, "speakers", s))).as(s).isEqualTo(n));
    articles.forEach(
        (a, n) -> assertThat(rowsWhere(r -> has(r, "articles", a))).as(a).isEqualTo(n));
  }

  @Test
  void meetingCountsAreTheRecordsPassages() throws Exception {
    Map<String, Long> meetings = facet(api("q="), "meeting");
    long jan =
        JSON.readTree(server.get("/api/documents/" + JAN_2024).body()).get("passages").size();
    assertThat(meetings).containsEntry("Coordination Committee/2024-01-30", jan);
    assertThat(
            api("q=&meeting=" + enc("Coordination Committee/2024-01-30"))
                .get("hits")
                .get(0)
                .get("id")
                .asText())
        .isEqualTo(JAN_2024);
  }

  @Test
  void drillSidewaysMultiSelectAndAcrossFacetsOnTheSeedCorpus() throws Exception {
    JsonNode all = api("q=");
    JsonNode australia = api("q=&speaker=Australia");
    assertThat(australia.get("total_passages").asLong())
        .isEqualTo(rowsWhere(r -> has(r, "speakers", "Australia")));
    assertThat(facet(australia, "speaker")).isEqualTo(facet(all, "speaker"));
    assertThat(api("q=&speaker=Australia&speaker=Peru").get("total_passages").asLong())
        .isEqualTo(rowsWhere(r -> has(r, "speakers", "Australia") || has(r, "speakers", "Peru")));
    assertThat(api("q=&speaker=ISU&article=" + enc("Article 4")).get("total_passages").asLong())
        .isEqualTo(rowsWhere(r -> has(r, "speakers", "ISU") && has(r, "articles", "Article 4")));
  }

  @Test
  void dateRangeAndNewestFirstOnTheSeedCorpus() throws Exception {
    assertThat(api("q=&from=2024-01-01&to=2024-12-31").get("total_passages").asLong())
        .isEqualTo(rowsWhere(r -> r.get("date").asText("").startsWith("2024")));
    JsonNode newest = api("q=clearance&sort=newest");
    String previous = "9999";
    for (JsonNode hit : newest.get("hits")) {
      String date = hit.get("date").isNull() ? "0000" : hit.get("date").asText();
      assertThat(date).isLessThanOrEqualTo(previous);
      previous = date;
    }
  }
}
