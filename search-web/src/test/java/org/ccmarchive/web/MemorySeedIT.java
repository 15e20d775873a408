package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ccmarchive.testing.TestCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base over the seed corpus, as the enrichment understands it (the "done
 * when" items). Skipped, saying so, while the indexer finds no speakers at all (enrichment not yet
 * part of the build).
 */
class MemorySeedIT {

  private static final String JAN_2024 = "cc-minutes-30-january-2024.docx";
  private static final String NOV_2025 = "cc-minutes-26-november-2025.pdf";
  private static final String REPORT = "isu-annual-report-2024.pdf";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work; // the index in work/index: its report goes beside it
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestCorpus.seedCorpus(), work.resolve("index"));
    boolean enriched = json("/api/delegations").get("delegations").size() > 0;
    if (!enriched) {
      System.err.println(
          "\n#### SKIPPING MemorySeedIT: the index of the seed corpus has no speakers"
              + " (no enrichment stage in this build). ####\n");
    }
    Assumptions.assumeTrue(enriched, "no enrichment: no speakers in the seed index");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static List<String> texts(JsonNode passages, String recordId) {
    List<String> out = new ArrayList<>();
    passages.forEach(
        p -> {
          if (recordId == null || p.get("record_id").asText().equals(recordId)) {
            out.add(p.get("text").asText());
          }
        });
    return out;
  }

  @Test
  void decisionsRegisterHasBothAgendaAdoptionsAndTheApprovalOfTheNovember2023Minutes()
      throws Exception {
    JsonNode decisions = json("/api/decisions").get("decisions");
    assertThat(texts(decisions, NOV_2025)).anyMatch(t -> t.contains("the agenda was adopted"));
    assertThat(texts(decisions, JAN_2024))
        .anyMatch(t -> t.contains("approve the provisional agenda"))
        .anyMatch(
            t ->
                t.contains(
                    "approved the minutes of the Coordination Committee Meeting held on 13 November 2023"));
    Document page = Jsoup.parse(server.get("/decisions").body());
    assertThat(page.select("ol.decisions > li").text())
        .contains(
            "the agenda was adopted",
            "approved the minutes of the Coordination Committee Meeting held on 13 November 2023");
  }

  @Test
  void decisionsRegisterListsNoVoteOfAnotherBody() throws Exception {
    List<String> all = texts(json("/api/decisions?size=200").get("decisions"), null);
    assertThat(all).isNotEmpty();
    assertThat(all)
        .noneMatch(t -> t.contains("as adopted by the First Committee"))
        .noneMatch(t -> t.contains("Resolution on the"))
        .noneMatch(t -> t.contains("121 votes in favour"));
    Document page = Jsoup.parse(server.get("/decisions").body());
    assertThat(page.select("ol.decisions > li").text())
        .doesNotContain("First Committee")
        .doesNotContain("A/78/32")
        .doesNotContain("121 votes");
  }

  @Test
  void australiasPageShowsItsTransparencyRoleAndInterventionsInBothMinutesButNotTheReport()
      throws Exception {
    JsonNode au = json("/api/delegations/australia");
    boolean transparencyIn2025 = false;
    for (JsonNode role : au.get("roles")) {
      if (role.get("role").asText().toLowerCase().contains("transparency measures")) {
        for (JsonNode e : role.get("evidence")) {
          transparencyIn2025 |= e.get("record_id").asText().equals(NOV_2025);
        }
      }
    }
    assertThat(transparencyIn2025)
        .as("transparency-measures role from the November 2025 minutes")
        .isTrue();
    List<String> records = new ArrayList<>();
    au.get("interventions").forEach(p -> records.add(p.get("record_id").asText()));
    assertThat(records).contains(JAN_2024, NOV_2025).doesNotContain(REPORT);
    Document page = Jsoup.parse(server.get("/delegations/australia").body());
    assertThat(page.select("table.roles").text()).containsIgnoringCase("transparency measures");
  }

  @Test
  void article4PageShowsGermanysExtensionRequestParagraph() throws Exception {
    assertThat(texts(json("/api/articles/4").get("passages"), JAN_2024))
        .anyMatch(
            t -> t.startsWith("Germany: On 21 December, Germany provided its extension request"));
    assertThat(Jsoup.parse(server.get("/articles/4").body()).text())
        .contains("Germany: On 21 December, Germany provided its extension request");
  }

  @Test
  void theJanuary2024MeetingPageListsItsAttendance() throws Exception {
    JsonNode m = json("/api/meetings/coordination-committee/2024-01-30");
    List<String> present = new ArrayList<>();
    m.get("attendance").forEach(a -> present.add(a.get("delegation").asText()));
    assertThat(present).contains("Mexico", "Australia", "Germany", "Zambia", "CMC", "ICRC");
    Document page = Jsoup.parse(server.get("/meetings/coordination-committee/2024-01-30").body());
    assertThat(page.select("table.attendance tbody tr").size()).isGreaterThanOrEqualTo(15);
    assertThat(page.select("table.attendance").text()).contains("Méndez Escobar");
  }
}
