package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ccmarchive.testing.MemoryArchives;
import org.ccmarchive.testing.SyntheticArchive;
import org.ccmarchive.testing.SyntheticArchive.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The knowledge-base pages, API, saved searches and feeds over a small hand-made archive. */
class MemoryWebIT {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String HOSTILE = "Evil <script>alert(1)</script> & \"Co\"";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path indexDir;
  @TempDir static Path corpus;
  static TestServer server;

  static SyntheticArchive archive() {
    SyntheticArchive a = MemoryArchives.threeMeetings();
    a.record(
            "hostile",
            "Hostile <b>record</b>",
            "statement",
            "Workshop › <i>2024</i>",
            LocalDate.of(2024, 5, 1))
        .paragraph(
            "<img src=x onerror=alert(1)> spoke on reporting.",
            Labels.spoken(HOSTILE).articles("Article 7").topics("<svg onload=alert(2)>"));
    return a;
  }

  @BeforeAll
  static void start() throws Exception {
    archive().write(indexDir);
    server = TestServer.over(indexDir, corpus);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static Document html(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void decisionsRegisterListsDecisionsNewestFirstAndFiltersByMeetingWithCitationLinks()
      throws Exception {
    Document all = html("/decisions");
    assertThat(all.select("ol.decisions > li")).hasSize(5);
    assertThat(all.select("ol.decisions > li").first().text()).contains("the agenda was adopted");
    Document jan = html("/decisions?meeting=coordination-committee/2024-01-30");
    assertThat(jan.select("ol.decisions > li")).hasSize(2);
    assertThat(jan.select("ol.decisions .cite a").eachAttr("href"))
        .allMatch(h -> h.startsWith("/doc/" + MemoryArchives.JAN_2024 + "#p"));
    assertThat(jan.text())
        .contains(
            "approved the minutes of the Coordination Committee Meeting held on 13 November 2023");
    String precedents = jan.select("ol.decisions .more a").last().attr("href");
    assertThat(html(precedents).select("ol.kb-list li").text())
        .contains("The Committee adopted the agenda.");
    assertThat(server.get("/decisions?year=soon").statusCode()).isEqualTo(400);
  }

  @Test
  void delegationPageShowsRolesMeetingsChartsAndAScopedSearch() throws Exception {
    Document au = html("/delegations/australia");
    assertThat(au.select("h1").text()).isEqualTo("Australia");
    assertThat(au.select("p.lead").text()).isEqualTo("3 interventions in the records; 2 meetings.");
    assertThat(au.select("ul.kb-meetings li").last().text()).endsWith("1 intervention");
    assertThat(au.select("table.roles").text()).contains("Coordinator: Transparency", "2025-11-26");
    assertThat(au.select("ul.kb-meetings li")).hasSize(2);
    assertThat(au.select("svg.chart-timeline rect")).hasSize(2);
    assertThat(au.select("svg.chart-ranking a[href=/articles/7]")).hasSize(1);
    assertThat(au.select("svg script, script:not([src=/app.js])")).isEmpty();
    Document scoped = html("/delegations/australia?q=transparency");
    assertThat(scoped.select("#interventions ~ ol.kb-list > li")).hasSize(1);
    assertThat(scoped.select("p.summary").text()).contains("1 of 3");
    Document index = html("/delegations");
    assertThat(index.select("table.kb-table a[href=/delegations/australia]")).hasSize(1);
  }

  @Test
  void articleAndMeetingPagesShowTitlesMentionsDecisionsAndNeighbours() throws Exception {
    Document a4 = html("/articles/4");
    assertThat(a4.select("h1").text())
        .isEqualTo(
            "Article 4: Clearance and destruction of cluster munition remnants and risk reduction education");
    assertThat(a4.text())
        .contains("Germany: On 21 December, Germany provided its extension request");
    assertThat(html("/articles").select("table.kb-table tbody tr")).hasSize(23);
    Document m = html("/meetings/coordination-committee/2024-01-30");
    assertThat(m.select("ol.agenda li")).isNotEmpty();
    assertThat(m.select("table.attendance tbody tr")).hasSize(4);
    assertThat(m.select("table.attendance").text())
        .contains("12MSP President", "Francisca E. Méndez Escobar");
    assertThat(m.select("a[rel=prev]").attr("href"))
        .isEqualTo("/meetings/coordination-committee/2023-11-13");
    assertThat(m.select("a[rel=next]").attr("href"))
        .isEqualTo("/meetings/coordination-committee/2025-11-26");
    assertThat(server.get("/articles/24").statusCode()).isEqualTo(404);
    assertThat(server.get("/meetings/nowhere/never").statusCode()).isEqualTo(404);
    assertThat(server.get("/people/nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void everyValueIsEscapedInPagesAndCharts() throws Exception {
    for (String path :
        new String[] {
          "/delegations",
          "/delegations/evil-script-alert-1-script-co",
          "/articles/7",
          "/decisions",
          "/meetings",
          "/meetings/workshop/i-2024-i"
        }) {
      HttpResponse<String> r = server.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      Document d = Jsoup.parse(r.body());
      assertThat(d.select("script:not([src=/app.js]), img, svg svg, i, b")).as(path).isEmpty();
      assertThat(r.body()).as(path).doesNotContain("<script>alert", "<img src", "<svg onload");
    }
  }

  @Test
  void theApiAnswersInSnakeCase() throws Exception {
    JsonNode au = json("/api/delegations/australia");
    assertThat(au.get("intervention_count").asInt()).isEqualTo(3);
    assertThat(au.get("top_articles").get(0).get("label").asText()).isEqualTo("Article 7");
    assertThat(au.get("roles").get(0).get("role").asText())
        .isEqualTo("Coordinator: Transparency Measures");
    assertThat(au.get("roles").get(0).get("evidence").get(0).get("source").asText())
        .isEqualTo("attendance list");
    assertThat(au.get("roles").get(0).get("evidence").get(0).get("ordinal").isNull()).isTrue();
    JsonNode attendance = json("/api/meetings/coordination-committee/2024-01-30").get("attendance");
    assertThat(attendance.get(0).get("delegation").asText()).isEqualTo("Mexico");
    assertThat(attendance.get(0).get("role").asText()).isEqualTo("12MSP President");
    assertThat(attendance.get(3).get("status").asText()).isEqualTo("absent");
    assertThat(au.get("interventions").get(0).get("record_id").asText())
        .isEqualTo(MemoryArchives.NOV_2025);
    JsonNode a4 = json("/api/articles/4");
    assertThat(a4.get("title").asText()).startsWith("Clearance and destruction");
    assertThat(a4.get("top_delegations").get(0).get("label").asText()).isEqualTo("Norway");
    assertThat(json("/api/decisions?year=2024").get("total").asInt()).isEqualTo(2);
    assertThat(json("/api/meetings").get("meetings")).hasSize(5);
    assertThat(
            json("/api/meetings/coordination-committee/2024-01-30")
                .get("previous")
                .get("url")
                .asText())
        .isEqualTo("/meetings/coordination-committee/2023-11-13");
    assertThat(json("/api/delegations").get("delegations").get(0).get("name").asText())
        .isEqualTo("Australia");
    HttpResponse<String> missing = server.get("/api/delegations/nowhere");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText()).isNotBlank();
  }

  @Test
  void savingASearchIsAPostFromThisSiteOnlyAndSmall() throws Exception {
    String form = "name=Cross+site&q=reporting";
    assertThat(server.postForm("/saved", form, "Sec-Fetch-Site", "cross-site").statusCode())
        .isEqualTo(403);
    assertThat(server.postForm("/saved", form, "Origin", "http://evil.example").statusCode())
        .isEqualTo(403);
    assertThat(
            server
                .postForm("/saved", "name=" + "x".repeat(20_000), "Sec-Fetch-Site", "same-origin")
                .statusCode())
        .isEqualTo(413);
    assertThat(server.postForm("/saved", "name=&q=x", "Sec-Fetch-Site", "same-origin").statusCode())
        .isEqualTo(400);
    assertThat(html("/saved").text()).doesNotContain("Cross site");
    HttpResponse<String> ok =
        server.postForm(
            "/saved",
            "name=Same+site&q=reporting",
            "Sec-Fetch-Site",
            "same-origin",
            "Origin",
            server.base());
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.headers().firstValue("location")).hasValue("/saved#same-site");
    assertThat(html("/saved").select("li#same-site a.feed").attr("href"))
        .isEqualTo("/saved/same-site/feed.atom");
  }

  @Test
  void theAtomFeedValidatesAsAtomAndPicksUpANewlyIndexedRecord() throws Exception {
    HttpResponse<String> saved =
        server.postForm(
            "/saved",
            "name=Australia+on+reporting&q=reporting&speaker=Australia",
            "Sec-Fetch-Site",
            "same-origin");
    assertThat(saved.statusCode()).isEqualTo(303);
    String feedPath = "/saved/australia-on-reporting/feed.atom";
    HttpResponse<String> first = server.get(feedPath);
    assertThat(first.headers().firstValue("content-type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/atom+xml"));
    Element feed = validAtom(first.body());
    assertThat(entries(feed).getLength()).isEqualTo(2);

    SyntheticArchive later = archive();
    MemoryArchives.january2026(later)
        .paragraph(
            "Australia presented its reporting calendar & plans.", Labels.spoken("Australia"));
    later.write(indexDir);
    server.refresh();

    Element updated = validAtom(server.get(feedPath).body());
    NodeList entries = entries(updated);
    assertThat(entries.getLength()).isEqualTo(3);
    Element newest = (Element) entries.item(0);
    assertThat(child(newest, "content").getTextContent())
        .isEqualTo("Australia presented its reporting calendar & plans.");
    assertThat(child(newest, "updated").getTextContent()).isEqualTo("2026-01-28T00:00:00Z");
    assertThat(child(updated, "updated").getTextContent()).isEqualTo("2026-01-28T00:00:00Z");
    Element since = validAtom(server.get(feedPath + "?since=2026-01-01").body());
    assertThat(entries(since).getLength()).isEqualTo(1);
    assertThat(server.get(feedPath + "?since=tomorrow").statusCode()).isEqualTo(400);
    assertThat(server.get("/saved/unknown/feed.atom").statusCode()).isEqualTo(404);
  }

  private static NodeList entries(Element feed) {
    return feed.getElementsByTagNameNS(ATOM, "entry");
  }

  /**
   * Parses strictly (namespace-aware, no DTDs) and checks RFC 4287's requirements: an atom:feed
   * with exactly one id (an absolute IRI), title and updated (RFC 3339); an author on the feed; a
   * self link; each entry with exactly one id, title, updated, and content or an alternate link;
   * entry ids unique.
   */
  private static Element validAtom(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    var doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element feed = doc.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    requireOne(feed, "id", "title", "updated");
    assertThat(URI.create(child(feed, "id").getTextContent()).isAbsolute()).isTrue();
    OffsetDateTime.parse(child(feed, "updated").getTextContent());
    assertThat(child(child(feed, "author"), "name").getTextContent()).isNotBlank();
    boolean self = false;
    for (Element link : children(feed, "link")) {
      self |=
          "self".equals(link.getAttribute("rel"))
              && URI.create(link.getAttribute("href")).isAbsolute();
    }
    assertThat(self).as("feed has an absolute self link").isTrue();
    Set<String> ids = new HashSet<>();
    NodeList entries = entries(feed);
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      requireOne(e, "id", "title", "updated");
      assertThat(ids.add(child(e, "id").getTextContent())).as("unique entry id").isTrue();
      assertThat(URI.create(child(e, "id").getTextContent()).isAbsolute()).isTrue();
      OffsetDateTime.parse(child(e, "updated").getTextContent());
      assertThat(children(e, "content").size() + children(e, "link").size()).isPositive();
      for (Element link : children(e, "link")) {
        assertThat(URI.create(link.getAttribute("href")).isAbsolute()).isTrue();
      }
    }
    return feed;
  }

  private static void requireOne(Element parent, String... names) {
    for (String n : names) {
      assertThat(children(parent, n)).as("exactly one atom:" + n).hasSize(1);
    }
  }

  private static Element child(Element parent, String name) {
    return children(parent, name).getFirst();
  }

  private static java.util.List<Element> children(Element parent, String name) {
    java.util.List<Element> out = new java.util.ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }
}
