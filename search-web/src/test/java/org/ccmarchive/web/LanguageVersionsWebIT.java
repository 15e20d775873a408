package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Language versions of a record are one entry: the French and Spanish minutes of 12 March 2025
 * (same symbol) record three decisions, which the register, the meeting page and search show once
 * each, with a link to the other version in its language.
 */
class LanguageVersionsWebIT {

  private static final String FR = "cc-proces-verbal-12-mars-2025.docx";
  private static final String ES = "cc-acta-12-marzo-2025.docx";
  private static final String MEETING = "coordination-committee/2025-03-12";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final SeedSite site = new SeedSite();

  private static JsonNode api(String path) throws Exception {
    var r = site.server().get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static List<JsonNode> ofMarch2025(JsonNode passages) {
    List<JsonNode> out = new ArrayList<>();
    passages.forEach(
        p -> {
          String id = p.get("record_id").asText();
          if (id.equals(FR) || id.equals(ES)) {
            out.add(p);
          }
        });
    return out;
  }

  @Test
  void theRegisterListsEachDecisionOfBothVersionsOnceWithALinkToTheOther() throws Exception {
    JsonNode body = api("/api/decisions?size=200");
    List<JsonNode> march = ofMarch2025(body.get("decisions"));
    assertThat(march).hasSize(3);
    for (JsonNode d : march) {
      assertThat(d.get("versions")).hasSize(1);
      JsonNode v = d.get("versions").get(0);
      String other = d.get("record_id").asText().equals(FR) ? ES : FR;
      assertThat(v.get("record_id").asText()).isEqualTo(other);
      assertThat(v.get("language").asText()).isEqualTo(other.equals(FR) ? "fr" : "es");
      assertThat(v.get("url").asText()).startsWith("/doc/" + other + "#p");
    }

    Document page = Jsoup.parse(site.server().get("/decisions?meeting=" + MEETING).body());
    List<Element> items = page.select("ol.decisions > li");
    assertThat(items).hasSize(3);
    for (Element li : items) {
      Element link = li.selectFirst("a.version");
      assertThat(link).as(li.text()).isNotNull();
      assertThat(link.attr("hreflang")).isIn("fr", "es");
      assertThat(link.attr("lang")).isEqualTo(link.attr("hreflang"));
      assertThat(li.selectFirst("p.snippet").attr("lang")).isIn("fr", "es");
      assertThat(li.selectFirst("p.snippet").attr("lang")).isNotEqualTo(link.attr("lang"));
    }
  }

  @Test
  void theMeetingPageListsEachDecisionOnce() throws Exception {
    JsonNode meeting = api("/api/meetings/" + MEETING);
    assertThat(ofMarch2025(meeting.get("decisions"))).hasSize(3);
    Document page = Jsoup.parse(site.server().get("/meetings/" + MEETING).body());
    assertThat(page.select("li a.version")).hasSize(3);
  }

  @Test
  void searchShowsLanguageVersionsAsOneHitUnlessAllAreAsked() throws Exception {
    String q = "/api/search?size=20&xl=0&q=71";
    List<String> grouped = ids(api(q));
    assertThat(grouped).containsAnyOf(FR, ES);
    assertThat(grouped.contains(FR) && grouped.contains(ES)).isFalse();
    JsonNode hit = hit(api(q), grouped.contains(FR) ? FR : ES);
    assertThat(hit.get("versions")).hasSize(1);
    assertThat(hit.get("versions").get(0).get("id").asText()).isIn(FR, ES);

    assertThat(ids(api(q + "&versions=all"))).contains(FR, ES);

    Document page = Jsoup.parse(site.server().get("/?xl=0&q=71").body());
    assertThat(page.select("li.hit a.version").eachAttr("hreflang")).containsAnyOf("fr", "es");
    Document all = Jsoup.parse(site.server().get("/?xl=0&versions=all&size=1&q=71").body());
    assertThat(all.select("li.hit a.version")).isEmpty();
    assertThat(all.select("nav.pager a[rel=next]").attr("href")).contains("versions=all");
    assertThat(all.select("a.facet-value").eachAttr("href"))
        .allMatch(h -> h.contains("versions=all"));
    assertThat(site.server().get("/api/search?q=71&versions=some").statusCode()).isEqualTo(400);
  }

  private static List<String> ids(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("hits").forEach(h -> out.add(h.get("id").asText()));
    return out;
  }

  private static JsonNode hit(JsonNode body, String id) {
    for (JsonNode h : body.get("hits")) {
      if (h.get("id").asText().equals(id)) {
        return h;
      }
    }
    throw new AssertionError("no hit " + id);
  }
}
