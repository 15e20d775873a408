package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script-injection payloads in titles, file names and text of HTML, PDF, DOCX and TXT records made
 * by the test, and in queries and ids: every page type renders them as text.
 */
class HostileDocumentsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  static TestServer server;
  static List<String> ids = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Path corpus = HostileCorpus.write(work.resolve("corpus"));
    server = TestServer.start(corpus, work.resolve("index"));
    JsonNode hits =
        JSON.readTree(server.get("/api/search?q=stockpile&size=100").body()).get("hits");
    hits.forEach(h -> ids.add(h.get("id").asText()));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isIn(200, 400, 404);
    assertThat(r.headers().firstValue("content-type").orElseThrow())
        .as(path)
        .startsWith("text/html");
    return MarkupCheck.assertInert(r.body(), path);
  }

  @Test
  void everyHostileFileWasIndexed() {
    assertThat(ids).hasSize(4);
  }

  @Test
  void resultsListShowsHostileTitlesFileNamesAndSnippetsAsText() throws Exception {
    Document doc = page("/?q=stockpile&size=100");
    assertThat(doc.select("li.hit")).hasSize(4);
    String text = doc.text();
    assertThat(text).contains("<script>alert(1)</script>").contains("onerror=alert(2)");
    assertThat(doc.select(".snippet mark")).isNotEmpty();
  }

  @Test
  void recordViewsShowHostileTitlesAndTextAsText() throws Exception {
    for (String id : ids) {
      Document plain = page("/doc/" + id);
      assertThat(plain.text()).as(id).contains("alert(");
      Document marked = page("/doc/" + id + "?q=stockpile");
      assertThat(marked.select("mark")).as(id).isNotEmpty();
      page("/doc/" + id + "?q=" + enc(HostileCorpus.PAYLOADS.get(1)));
    }
  }

  @Test
  void hostileQueriesAreEchoedAsTextOnResultAndErrorPages() throws Exception {
    for (String payload : HostileCorpus.PAYLOADS) {
      Document doc = page("/?q=" + enc(payload));
      assertThat(doc.selectFirst("input#q").attr("value")).isEqualTo(payload);
      page("/?q=" + enc("(" + payload));
      page("/?q=" + enc(payload) + "&page=" + enc(payload));
    }
  }

  @Test
  void hostileFacetFilterValuesAreEchoedAsText() throws Exception {
    for (String payload : HostileCorpus.PAYLOADS) {
      String p = enc(payload);
      page("/?q=stockpile&speaker=" + p + "&type=" + p + "&format=" + p + "&article=" + p);
      page("/?q=&meeting=" + p + "&from=" + p + "&sort=" + p);
      page("/help?q=" + p);
      HttpResponse<String> api = server.get("/api/facets/speaker?prefix=" + p);
      assertThat(api.statusCode()).isIn(200, 400, 404);
      assertThat(api.headers().firstValue("content-type").orElseThrow())
          .startsWith("application/json");
    }
  }

  @Test
  void hostileIdsOnNotFoundPagesAreText() throws Exception {
    for (String payload : HostileCorpus.PAYLOADS) {
      page("/doc/" + enc(payload));
      page("/doc/" + enc(payload) + "/original");
      page("/" + enc(payload));
    }
  }

  @Test
  void jsonSnippetsAreEscapedHtmlWithOnlyMarks() throws Exception {
    HttpResponse<String> r = server.get("/api/search?q=stockpile&size=100");
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/json");
    assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    for (JsonNode hit : JSON.readTree(r.body()).get("hits")) {
      for (JsonNode p : hit.get("passages")) {
        String html = p.get("snippet_html").asText();
        Document d = MarkupCheck.assertInert(html, hit.get("id").asText());
        assertThat(d.body().select("*").not("body").not("mark")).isEmpty();
      }
    }
    for (String id : ids) {
      String body = server.get("/api/documents/" + id + "?q=stockpile").body();
      for (JsonNode p : JSON.readTree(body).get("passages")) {
        MarkupCheck.assertInert(p.get("snippet_html").asText(), id);
      }
    }
  }

  @Test
  void hostileFileNameIsDownloadedUnderASafeHeader() throws Exception {
    String id = ids.stream().filter(i -> i.contains("onerror")).findFirst().orElseThrow();
    HttpResponse<byte[]> r = server.getBytes("/doc/" + id + "/original");
    assertThat(r.statusCode()).isEqualTo(200);
    String cd = r.headers().firstValue("content-disposition").orElseThrow();
    assertThat(cd)
        .startsWith("attachment; filename=\"")
        .contains("filename*=UTF-8''%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%287%29%3E.txt")
        .doesNotContain("\r")
        .doesNotContain("\n");
    String fallback = cd.substring(cd.indexOf('"') + 1, cd.indexOf('"', cd.indexOf('"') + 1));
    assertThat(fallback).matches("[A-Za-z0-9._ -]+");
    assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
  }
}
