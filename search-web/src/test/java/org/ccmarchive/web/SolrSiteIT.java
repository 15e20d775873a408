package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.testing.LocalSolrCloud;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.web.admin.Multipart;
import org.ccmarchive.web.security.AccessManager;
import org.ccmarchive.web.security.AdminToken;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real web app served from a two-node SolrCloud (wired as {@code CCM_SOLR_URL=… ./ccm serve}
 * wires it) beside the same app over the embedded index, both over the seed corpus: the pages and
 * the API answer alike, record for record and count for count, and with one node stopped the
 * Solr-backed site still answers in full. One cluster for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrSiteIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JAN_2024 = "cc-minutes-30-january-2024.docx";
  private static final String ALIAS = "ccm_site";
  private static final String STAFF_ALIAS = "ccm_staff";
  private static final String STAFF_TOKEN = "staff token for the solr site test";

  /** Searches whose records both backends rank alike (see SolrBackendIT for those that do not). */
  private static final List<String> SEARCHES =
      List.of(
          "q=clearance",
          "q=stigmatization",
          "q=" + enc("\"victim assistance\""),
          "q=munitions&language=fr",
          "q=transparency&speaker=Australia",
          "q=convention&sort=newest",
          "q=clearance&format=DOCX",
          "q=clearance&page=2&size=2",
          // the second tier: no one passage holds every word
          "q=" + enc("Norway universalization"),
          "q=" + enc("Régimbal voting patterns"));

  /** Knowledge-base answers: built from the whole index's snapshot, so equal whole. */
  private static final List<String> KNOWLEDGE_API =
      List.of(
          "/api/people",
          "/api/meetings",
          "/api/delegations",
          "/api/decisions",
          "/api/articles/4",
          "/api/delegations/australia",
          "/api/meetings/coordination-committee/2024-01-30");

  private static final List<String> PAGES =
      List.of(
          "/",
          "/?q=clearance",
          "/?q=clearance&language=en&speaker=Chile",
          "/?q=Norway+universalization",
          "/?q=clearence+Peru",
          "/doc/" + JAN_2024,
          "/doc/" + JAN_2024 + "/versions/1",
          "/doc/" + JAN_2024 + "/similar/1",
          "/people",
          "/delegations",
          "/delegations/australia",
          "/delegations/australia?q=transparency",
          "/articles",
          "/articles/4",
          "/decisions",
          "/meetings",
          "/meetings/coordination-committee/2024-01-30");

  private LocalSolrCloud cloud;
  private TestServer embedded;
  private TestServer solr;

  @BeforeAll
  void serveTheSeedCorpusFromBoth(@TempDir Path work) throws Exception {
    Path corpus = TestCorpus.seedCorpus();
    cloud = LocalSolrCloud.start(work.resolve("solr"));
    try (SolrCluster indexing =
        new SolrCluster(
            List.of(cloud.url()), ALIAS, new PrintStream(OutputStream.nullOutputStream()))) {
      TestCorpus.indexIntoSolr(corpus, indexing, false);
    }
    embedded = TestServer.start(corpus, work.resolve("index"));
    solr = TestServer.overSolr(corpus, cloud.url() + "," + cloud.secondUrl(), ALIAS);
  }

  @AfterAll
  void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {solr, embedded, cloud}) {
      if (c != null) {
        c.close();
      }
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode json(TestServer server, String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    JsonNode body = JSON.readTree(ownBase(server, r.body()));
    if (body instanceof ObjectNode o) {
      o.remove("took_ms"); // the one value that is time, not content
    }
    return body;
  }

  /** The body with the server's own address (in exported links) written as {@code BASE}. */
  private static String ownBase(TestServer server, String body) {
    return body.replace(server.base(), "BASE");
  }

  /** What a search answer is made of: records, their match, passages, counts and facets. */
  private static JsonNode searchAnswer(TestServer server, String query) throws Exception {
    JsonNode body = json(server, "/api/search?" + query);
    ObjectNode answer = JSON.createObjectNode();
    for (String field :
        List.of(
            "total_records",
            "total_passages",
            "facets",
            "date_histogram",
            "drop_filter_suggestions",
            "did_you_mean",
            "page",
            "size")) {
      answer.set(field, body.get(field));
    }
    var hits = answer.putArray("hits");
    for (JsonNode h : body.get("hits")) {
      ObjectNode hit = hits.addObject();
      hit.set("id", h.get("id"));
      hit.set("match", h.get("match"));
      hit.set("passages", JSON.valueToTree(h.get("passages").findValuesAsText("id")));
      hit.set("snippets", JSON.valueToTree(h.get("passages").findValuesAsText("snippet_html")));
    }
    return answer;
  }

  @Test
  @Order(1)
  void apiSearchFindsTheSameRecordsPassagesAndFacetCounts() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    for (String q : SEARCHES) {
      JsonNode fromSolr = searchAnswer(solr, q);
      softly.assertThat(fromSolr.get("hits")).as(q).isNotEmpty();
      softly.assertThat(fromSolr).as(q).isEqualTo(searchAnswer(embedded, q));
    }
    // Every record matches the empty query alike, so their order is each backend's own; the
    // counts and facets are not.
    JsonNode all = searchAnswer(solr, "q=");
    JsonNode allEmbedded = searchAnswer(embedded, "q=");
    for (String field : List.of("total_records", "total_passages", "facets")) {
      softly.assertThat(all.get(field)).as(field).isEqualTo(allEmbedded.get(field));
    }
    // Nothing found: the same filters to drop, with the same counts.
    JsonNode none = searchAnswer(solr, "q=clearance&language=en&speaker=Chile");
    softly.assertThat(none.get("drop_filter_suggestions")).hasSize(2);
    softly
        .assertThat(none)
        .isEqualTo(searchAnswer(embedded, "q=clearance&language=en&speaker=Chile"));
    // A misspelt word: the same "did you mean", in its written form.
    String misspelt = "q=" + enc("clearence Peru");
    JsonNode corrected = searchAnswer(solr, misspelt);
    softly.assertThat(corrected.get("did_you_mean").asText()).isEqualTo("clearance Peru");
    softly.assertThat(corrected).isEqualTo(searchAnswer(embedded, misspelt));
    softly.assertAll();
  }

  @Test
  @Order(2)
  void facetValuesAndKnowledgeBaseApiAnswerAlike() throws Exception {
    List<String> paths = new ArrayList<>(KNOWLEDGE_API);
    paths.add("/api/facets/speaker?q=clearance");
    paths.add("/api/facets/article?q=");
    paths.add("/api/documents/" + JAN_2024);
    SoftAssertions softly = new SoftAssertions();
    for (String path : paths) {
      softly.assertThat(json(solr, path)).as(path).isEqualTo(json(embedded, path));
    }
    softly.assertAll();
  }

  @Test
  @Order(3)
  void exportsHoldTheSameRows() throws Exception {
    for (String path :
        List.of("/api/export.csv?q=clearance", "/api/export.ris?q=clearance&speaker=Chile")) {
      HttpResponse<String> s = solr.get(path);
      assertThat(s.statusCode()).as(path).isEqualTo(200);
      assertThat(ownBase(solr, s.body()).lines().sorted().toList())
          .as(path)
          .isEqualTo(ownBase(embedded, embedded.get(path).body()).lines().sorted().toList());
    }
    JsonNode rows = json(solr, "/api/export.json?q=clearance").get("rows");
    assertThat(rows).isNotEmpty();
    assertThat(rows).isEqualTo(json(embedded, "/api/export.json?q=clearance").get("rows"));
  }

  @Test
  @Order(4)
  void pagesShowTheSameContent() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    for (String path : PAGES) {
      softly.assertThat(main(solr, path)).as(path).isEqualTo(main(embedded, path));
    }
    softly.assertAll();
  }

  /** A page's main content: its text and the links it offers (records, facets, pages). */
  private static List<String> main(TestServer server, String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    Document d = Jsoup.parse(ownBase(server, r.body()));
    d.select(".took").remove();
    List<String> content = new ArrayList<>();
    content.add(d.select("main").text());
    d.select("main a[href]").forEach(a -> content.add(a.attr("href")));
    return content;
  }

  @Test
  @Order(5)
  void staffUploadAndReindexWriteTheCollectionTheSiteIsServedFrom(@TempDir Path corpus)
      throws Exception {
    Files.writeString(
        corpus.resolve("first.txt"), "Minutes of a short meeting on stockpile destruction.\n");
    try (SolrCluster indexing =
        new SolrCluster(
            List.of(cloud.url()), STAFF_ALIAS, new PrintStream(OutputStream.nullOutputStream()))) {
      TestCorpus.indexIntoSolr(corpus, indexing, false);
    }
    try (TestServer staff =
        TestServer.overSolr(
            corpus, cloud.url(), STAFF_ALIAS, AdminToken.of(STAFF_TOKEN), 1024 * 1024)) {
      assertThat(staff.get("/api/search?q=pangolin").body()).contains("\"total_records\":0");
      byte[] note =
          "Note by the ISU\n\nThe delegation reported pangolin surveys before clearance.\n"
              .getBytes(StandardCharsets.UTF_8);
      var upload =
          new Multipart()
              .fields(Map.of("title", "ISU note on pangolin surveys", "language", "en"))
              .file("file", "pangolin-note.txt", "text/plain", note);
      HttpResponse<String> r =
          staff.send(
              HttpRequest.newBuilder(URI.create(staff.base() + "/admin/documents"))
                  .header("Content-Type", upload.contentType())
                  .header(AccessManager.TOKEN_HEADER, STAFF_TOKEN)
                  .header("Origin", staff.base())
                  .POST(upload.publisher()));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      assertThat(staff.get("/api/search?q=pangolin").body()).contains("pangolin-note.txt");

      HttpResponse<String> again = staff.send(reindex(staff, ""));
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(again.body()).contains("\"unchanged\":2");
      HttpResponse<String> full = staff.send(reindex(staff, "?full=true"));
      assertThat(full.statusCode()).as(full.body()).isEqualTo(200);
      assertThat(staff.get("/api/search?q=pangolin").body()).contains("pangolin-note.txt");
    }
  }

  private static HttpRequest.Builder reindex(TestServer server, String query) {
    return HttpRequest.newBuilder(URI.create(server.base() + "/admin/reindex" + query))
        .header(AccessManager.TOKEN_HEADER, STAFF_TOKEN)
        .POST(HttpRequest.BodyPublishers.noBody());
  }

  @Test
  @Order(6)
  void withOneNodeStoppedTheSiteStillAnswersInFull() throws Exception {
    cloud.stopSecondNode();
    for (String q : SEARCHES) {
      assertThat(searchAnswer(solr, q)).as(q).isEqualTo(searchAnswer(embedded, q));
    }
    assertThat(main(solr, "/doc/" + JAN_2024)).isEqualTo(main(embedded, "/doc/" + JAN_2024));
    assertThat(json(solr, "/api/people")).isEqualTo(json(embedded, "/api/people"));
  }
}
