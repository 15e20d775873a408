package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.ccmarchive.testing.TestCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTP tests against a started server over the seed corpus. */
class WebAppIT {

  private static final String JAN_2024 = "cc-minutes-30-january-2024.docx";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final SeedSite site = new SeedSite();

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void apiSearchForStigmatizationPutsTheJanuary2024MinutesFirst() throws Exception {
    HttpResponse<String> r = site.server().get("/api/search?q=stigmatization");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
    JsonNode body = json(r);
    assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo(JAN_2024);
    assertThat(body.get("total_records").asLong()).isPositive();
    assertThat(body.get("total_passages").asLong()).isPositive();
    assertThat(body.has("took_ms")).isTrue();
    assertThat(body.get("facets").isObject()).isTrue();
    JsonNode passage = body.get("hits").get(0).get("passages").get(0);
    for (String field :
        new String[] {"id", "paragraph", "page", "section", "text", "snippet_html"}) {
      assertThat(passage.has(field)).as(field).isTrue();
    }
    for (String field :
        new String[] {"id", "title", "file", "type", "meeting", "date", "language", "passages"}) {
      assertThat(body.get("hits").get(0).has(field)).as(field).isTrue();
    }
  }

  @Test
  void wordsInDifferentParagraphsFindTheRecordAndSaySo() throws Exception {
    // "Régimbal" and "voting patterns" stand in different paragraphs of the November 2025 minutes.
    JsonNode across = json(site.server().get("/api/search?q=" + enc("Régimbal voting patterns")));
    assertThat(across.get("hits").get(0).get("id").asText())
        .isEqualTo("cc-minutes-26-november-2025.pdf");
    assertThat(across.get("hits").get(0).get("match").asText()).isEqualTo("record");
    JsonNode within = json(site.server().get("/api/search?q=stigmatization"));
    assertThat(within.get("hits").get(0).get("match").asText()).isEqualTo("passage");
    Document page = Jsoup.parse(site.server().get("/?q=" + enc("Régimbal voting patterns")).body());
    assertThat(page.select("li.hit .match-record").text())
        .isEqualTo("words found across paragraphs");
    assertThat(page.select("li.hit mark")).hasSizeGreaterThan(1);
    // No paragraph holds every word: the summary counts the record, not "0 paragraphs".
    assertThat(page.select("p.summary").text()).startsWith("1 record for").doesNotContain("0 para");
    Document single = Jsoup.parse(site.server().get("/?q=stigmatization").body());
    assertThat(single.select(".match-record")).isEmpty();
  }

  @Test
  void seedCorpusFormatFacetCountsTheKnownPassages() throws Exception {
    // "stigmatization" occurs in three paragraphs, all of the January 2024 minutes (DOCX).
    JsonNode body = json(site.server().get("/api/search?q=stigmatization"));
    assertThat(body.get("total_passages").asLong()).isEqualTo(3);
    JsonNode format = body.get("facets").get("format");
    assertThat(format.size()).isEqualTo(1);
    assertThat(format.get(0).get("value").asText()).isEqualTo("DOCX");
    assertThat(format.get(0).get("count").asLong()).isEqualTo(3);
    // Drill-sideways: choosing DOCX still shows what PDF would give (nothing here, so absent).
    JsonNode chosen = json(site.server().get("/api/search?q=clearance&format=DOCX"));
    JsonNode all = json(site.server().get("/api/search?q=clearance"));
    assertThat(chosen.get("facets").get("format")).isEqualTo(all.get("facets").get("format"));
    long docx = 0;
    long sum = 0;
    for (JsonNode v : all.get("facets").get("format")) {
      sum += v.get("count").asLong();
      if (v.get("value").asText().equals("DOCX")) {
        docx = v.get("count").asLong();
      }
    }
    assertThat(sum).isEqualTo(all.get("total_passages").asLong());
    assertThat(chosen.get("total_passages").asLong()).isEqualTo(docx);
  }

  @Test
  void apiSizeIsCappedAndPageIsValidated() throws Exception {
    assertThat(json(site.server().get("/api/search?q=convention&size=5000")).get("size").asInt())
        .isEqualTo(100);
    HttpResponse<String> bad = site.server().get("/api/search?q=convention&page=abc");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("error").asText()).contains("page");
  }

  @Test
  void malformedQueryIs400WithAReadableMessageInJsonAndHtml() throws Exception {
    HttpResponse<String> api = site.server().get("/api/search?q=" + enc("\"unclosed"));
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(json(api).get("error").asText()).startsWith("Could not understand the query");
    HttpResponse<String> page = site.server().get("/?q=" + enc("(Article 4"));
    assertThat(page.statusCode()).isEqualTo(400);
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.selectFirst(".error .message").text())
        .startsWith("Could not understand the query");
    assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void queryEchoedIntoThePageIsEscaped() throws Exception {
    String payload = "<script>alert(1)</script> stigmatization";
    HttpResponse<String> r = site.server().get("/?q=" + enc(payload));
    assertThat(r.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(r.body());
    assertThat(doc.select("script").eachAttr("src")).containsExactly("/app.js");
    assertThat(doc.select("script:not([src])")).isEmpty();
    assertThat(doc.selectFirst("input#q").attr("value")).isEqualTo(payload);
    assertThat(doc.selectFirst(".summary q").text()).isEqualTo(payload);
  }

  @Test
  void searchPageShowsGroupedHighlightedResults() throws Exception {
    Document doc = Jsoup.parse(site.server().get("/?q=stigmatization").body());
    assertThat(doc.select("li.hit")).isNotEmpty();
    assertThat(doc.selectFirst("li.hit h2 a").attr("href")).startsWith("/doc/" + JAN_2024);
    assertThat(doc.select("li.hit .snippet mark").first().text())
        .isEqualToIgnoringCase("stigmatization");
    assertThat(doc.selectFirst(".summary").text()).contains("ms");
  }

  @Test
  void paginationLinksAppearWhenThereAreMoreRecords() throws Exception {
    Document doc = Jsoup.parse(site.server().get("/?q=convention&size=2").body());
    assertThat(doc.select("nav.pager a[rel=next]")).hasSize(1);
    String next = doc.selectFirst("nav.pager a[rel=next]").attr("href");
    assertThat(site.server().get(next).statusCode()).isEqualTo(200);
  }

  @Test
  void recordViewHasEveryPassageWithAnchorsAndMarksTheQuery() throws Exception {
    HttpResponse<String> r = site.server().get("/doc/" + JAN_2024 + "?q=stigmatization");
    assertThat(r.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(r.body());
    JsonNode api = json(site.server().get("/api/documents/" + JAN_2024));
    assertThat(doc.select("section.passage")).hasSize(api.get("passages").size());
    assertThat(doc.getElementById("p1")).isNotNull();
    assertThat(doc.select("section.passage mark")).isNotEmpty();
    // A paragraph without its own number is cited by its section's number and its position.
    assertThat(doc.selectFirst("#cite-p68").text())
        .isEqualTo("Coordination Committee, minutes of 30 January 2024, sect. 5.1, ¶ 68");
    assertThat(doc.selectFirst("a.download").attr("href"))
        .isEqualTo("/doc/" + JAN_2024 + "/original");
  }

  @Test
  void documentsApiReturnsTheRecordAnd404ForUnknownIds() throws Exception {
    JsonNode d = json(site.server().get("/api/documents/" + JAN_2024));
    assertThat(d.get("id").asText()).isEqualTo(JAN_2024);
    assertThat(d.get("format").asText()).isEqualTo("DOCX");
    assertThat(d.get("passages").size()).isGreaterThan(150);
    assertThat(site.server().get("/api/documents/nope.pdf").statusCode()).isEqualTo(404);
    assertThat(json(site.server().get("/api/documents/nope.pdf")).get("error").asText())
        .contains("nope.pdf");
    assertThat(site.server().get("/doc/nope.pdf").statusCode()).isEqualTo(404);
  }

  @Test
  void originalIsDownloadedWithItsTypeAndName() throws Exception {
    HttpResponse<byte[]> r =
        site.server().getBytes("/doc/cc-minutes-26-november-2025.pdf/original");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/pdf");
    assertThat(r.headers().firstValue("content-disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("filename*=UTF-8''CC-Minutes-26-November-2025.pdf");
    assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    assertThat(r.body())
        .isEqualTo(
            Files.readAllBytes(TestCorpus.seedCorpus().resolve("CC-Minutes-26-November-2025.pdf")));
  }

  @Test
  void originalCannotEscapeTheCorpus() throws Exception {
    for (String bad : new String[] {"..%2F..%2Fpom.xml", "%2Fetc%2Fpasswd", "..", "a%00b"}) {
      int status = site.server().get("/doc/" + bad + "/original").statusCode();
      assertThat(status).as(bad).isIn(400, 404);
    }
  }

  @Test
  void unknownPageIs404Html() throws Exception {
    HttpResponse<String> r = site.server().get("/no/such/page");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Not found");
  }

  @Test
  void stylesheetIsServedLocally() throws Exception {
    assertThat(site.server().get("/style.css").statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(site.server().get("/").body());
    assertThat(doc.select("link[href^=http], script[src^=http], img[src^=http]")).isEmpty();
  }
}
