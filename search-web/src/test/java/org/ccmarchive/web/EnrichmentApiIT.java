package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the indexer understood of the records, through the real HTTP API and record view. */
class EnrichmentApiIT {

  private static final String JAN_2024 = "cc-minutes-30-january-2024.docx";
  private static final String NOV_2025 = "cc-minutes-26-november-2025.pdf";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final SeedSite site = new SeedSite();

  private static JsonNode get(String path) throws Exception {
    var r = site.server().get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> passages(JsonNode search) {
    List<JsonNode> out = new ArrayList<>();
    search.get("hits").forEach(h -> h.get("passages").forEach(out::add));
    return out;
  }

  @Test
  void reportingWhereAustraliaSpeaksReturnsOnlyPassagesWhereAustraliaSpeaks() throws Exception {
    JsonNode plain = get("/api/search?size=100&q=" + enc("reporting Australia"));
    assertThat(plain.get("hits"))
        .as("the ISU report mentions Australia next to reporting")
        .anySatisfy(h -> assertThat(h.get("id").asText()).isEqualTo("isu-annual-report-2024.pdf"));

    JsonNode r = get("/api/search?size=100&q=" + enc("reporting AND speaker:Australia"));
    assertThat(r.get("total_passages").asLong()).isPositive();
    assertThat(r.get("hits"))
        .allSatisfy(h -> assertThat(h.get("id").asText()).isIn(JAN_2024, NOV_2025));
    assertThat(passages(r))
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.get("speakers"))
                    .as(p.get("id").asText())
                    .extracting(JsonNode::asText)
                    .contains("Australia"));
  }

  @Test
  void reportingFilteredBySpeakerAustraliaReturnsOnlyPassagesWhereAustraliaSpeaks()
      throws Exception {
    JsonNode r = get("/api/search?size=100&q=reporting&speaker=Australia");
    assertThat(r.get("total_passages").asLong()).isPositive();
    assertThat(r.get("hits"))
        .as("the ISU report only mentions Australia")
        .allSatisfy(h -> assertThat(h.get("id").asText()).isIn(JAN_2024, NOV_2025));
    assertThat(passages(r))
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.get("speakers"))
                    .as(p.get("id").asText())
                    .extracting(JsonNode::asText)
                    .contains("Australia"));
    assertThat(r.get("total_passages").asLong())
        .as("the filter and the field query agree")
        .isEqualTo(
            get("/api/search?size=100&q=" + enc("reporting AND speaker:Australia"))
                .get("total_passages")
                .asLong());
  }

  @Test
  void articleQueryFindsPassagesUnderThatArticle() throws Exception {
    JsonNode r = get("/api/search?size=100&q=" + enc("article:\"Article 4\" extension"));
    assertThat(passages(r))
        .isNotEmpty()
        .allSatisfy(
            p -> assertThat(p.get("articles")).extracting(JsonNode::asText).contains("Article 4"));
  }

  @Test
  void fieldQueriesOnPersonsMeetingsSymbolsAndDecisions() throws Exception {
    assertThat(passages(get("/api/search?size=100&q=" + enc("person:Moraga"))))
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.get("persons"))
                    .extracting(JsonNode::asText)
                    .contains("Pamela Moraga"));
    assertThat(
            get("/api/search?versions=all&size=100&q=" + enc("meeting:\"Coordination Committee\""))
                .get("hits"))
        .extracting(h -> h.get("id").asText())
        .as("the English minutes and the French and Spanish minutes of 12 March 2025")
        .containsExactlyInAnyOrder(
            JAN_2024, NOV_2025, "cc-proces-verbal-12-mars-2025.docx", "cc-acta-12-marzo-2025.docx");
    assertThat(get("/api/search?size=100&q=" + enc("cited:CCM/MSP/2024/11")).get("hits"))
        .extracting(h -> h.get("id").asText())
        .containsExactlyInAnyOrder(
            "concept-note-intersessional-meeting-2025.pdf", "isu-annual-report-2024.pdf");
    assertThat(passages(get("/api/search?size=100&q=" + enc("decision:true"))))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.get("decision").asBoolean()).isTrue());
  }

  @Test
  void searchHitsCarryPassageAndRecordFacts() throws Exception {
    JsonNode r = get("/api/search?q=" + enc("provisional agenda"));
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo(JAN_2024);
    assertThat(hit.get("type").asText()).isEqualTo("minutes");
    assertThat(hit.get("meeting").asText()).isEqualTo("Coordination Committee › 2024-01-30");
    assertThat(hit.get("date").asText()).isEqualTo("2024-01-30");
    assertThat(hit.get("place").asText()).isEqualTo("Geneva");
    assertThat(hit.get("cited_symbols")).extracting(JsonNode::asText).containsExactly("A/78/32");
    JsonNode p = hit.get("passages").get(0);
    for (String field :
        new String[] {"speakers", "persons", "articles", "topics", "countries", "decision"}) {
      assertThat(p.has(field)).as(field).isTrue();
    }
    assertThat(p.get("decision").asBoolean()).isTrue();
  }

  @Test
  void documentsApiHasAttendanceAndPassageSpeakers() throws Exception {
    JsonNode d = get("/api/documents/" + NOV_2025);
    assertThat(d.get("meeting").asText()).isEqualTo("Coordination Committee › 2025-11-26");
    assertThat(d.get("symbol").isNull()).isTrue();
    JsonNode present = d.get("attendance").get("present");
    assertThat(present)
        .extracting(n -> n.get("label").asText())
        .contains("Lao PDR (3RC Presidency)", "Australia (Transparency Measures)");
    assertThat(d.get("attendance").get("apologies"))
        .extracting(JsonNode::asText)
        .containsExactly("Lebanon", "Niger", "Philippines");
    JsonNode opening = null;
    for (JsonNode p : d.get("passages")) {
      if (p.get("text").asText().startsWith("Ambassador Vongxay welcomed participants")) {
        opening = p;
      }
    }
    assertThat(opening).isNotNull();
    assertThat(opening.get("speakers")).extracting(JsonNode::asText).containsExactly("Lao PDR");
    assertThat(opening.get("persons"))
        .extracting(JsonNode::asText)
        .containsExactly("Daovy Vongxay");
  }

  @Test
  void recordViewShowsSpeakerArticleAndDecisionLabels() throws Exception {
    var r = site.server().get("/doc/" + JAN_2024);
    assertThat(r.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(r.body());
    assertThat(html.select(".label.speaker").eachText()).contains("Australia");
    assertThat(html.select(".label.article").eachText()).contains("Article 4");
    assertThat(html.select(".badge.decision")).isNotEmpty();
    assertThat(html.select(".label-person").eachText()).contains("Francisca E. Méndez Escobar");
    assertThat(html.select(".label-country").eachText()).contains("Peru");
    assertThat(html.select(".attendance li").eachText())
        .anyMatch(t -> t.startsWith("Mexico (12MSP President)"));
  }
}
