package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cross-lingual search, passage languages and language versions through the real site.server(). */
class MultilingualWebIT {

  private static final String FR_MINUTES = "cc-proces-verbal-12-mars-2025.docx";
  private static final String ES_MINUTES = "cc-acta-12-marzo-2025.docx";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final SeedSite site = new SeedSite();

  private static JsonNode api(String path) throws Exception {
    var r = site.server().get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static Set<String> passageLanguages(JsonNode body) {
    Set<String> langs = new HashSet<>();
    body.get("hits")
        .forEach(h -> h.get("passages").forEach(p -> langs.add(p.get("language").asText())));
    return langs;
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void crossLingualIsOnByDefaultAndXlZeroSwitchesItOff() throws Exception {
    assertThat(
            passageLanguages(api("/api/search?versions=all&size=20&q=" + q("extension request"))))
        .contains("en", "fr", "es");
    assertThat(passageLanguages(api("/api/search?size=20&xl=0&q=" + q("extension request"))))
        .containsOnly("en");
    assertThat(site.server().get("/api/search?q=x&xl=maybe").statusCode()).isEqualTo(400);
  }

  @Test
  void exportFollowsTheCrossLingualSwitchAndNamesEachPassagesLanguage() throws Exception {
    Set<String> on = new HashSet<>();
    api("/api/export.json?q=" + q("extension request"))
        .get("rows")
        .forEach(r -> on.add(r.get("language").asText()));
    Set<String> off = new HashSet<>();
    api("/api/export.json?xl=0&q=" + q("extension request"))
        .get("rows")
        .forEach(r -> off.add(r.get("language").asText()));
    assertThat(on).contains("en", "fr", "es");
    assertThat(off).containsOnly("en");
  }

  @Test
  void theSearchPageLabelsEachPassageWithItsLanguageAndKeepsXlInPageLinks() throws Exception {
    Document page =
        Jsoup.parse(site.server().get("/?versions=all&size=20&q=" + q("victim assistance")).body());
    assertThat(page.select(".passage .lang").eachText()).contains("fr");
    assertThat(page.select("p.snippet[lang=fr]")).isNotEmpty();
    Document off = Jsoup.parse(site.server().get("/?size=1&xl=0&q=" + q("convention")).body());
    assertThat(off.select("nav.pager a[rel=next]").attr("href")).contains("xl=0");
    assertThat(off.select("form.searchbox input[type=checkbox][name=xl]").hasAttr("checked"))
        .isFalse();
    assertThat(page.select("form.searchbox input[type=checkbox][name=xl]").hasAttr("checked"))
        .isTrue();
    // the form sends xl=1&xl=0 when the box is ticked (the first wins) and xl=0 when it is not
    assertThat(
            passageLanguages(
                api("/api/search?versions=all&size=20&xl=1&xl=0&q=" + q("extension request"))))
        .contains("fr", "es");
  }

  @Test
  void languageVersionsAreLinkedAndAParagraphCanBeFetchedInAnotherVersion() throws Exception {
    JsonNode fr = api("/api/documents/" + FR_MINUTES);
    assertThat(fr.get("language").asText()).isEqualTo("fr");
    assertThat(fr.get("versions")).hasSize(1);
    assertThat(fr.get("versions").get(0).get("id").asText()).isEqualTo(ES_MINUTES);
    assertThat(fr.get("versions").get(0).get("language").asText()).isEqualTo("es");

    int ordinal = -1;
    for (JsonNode p : fr.get("passages")) {
      if (p.get("text").asText().startsWith("4.1 ")) {
        ordinal = p.get("ordinal").asInt();
      }
    }
    assertThat(ordinal).isPositive();
    JsonNode side = api("/api/documents/" + FR_MINUTES + "/passages/" + ordinal + "/versions");
    assertThat(side).hasSize(1);
    assertThat(side.get(0).get("passage").get("text").asText())
        .startsWith("4.1 La representante de Chile");
    assertThat(side.get(0).get("passage").get("language").asText()).isEqualTo("es");

    Document view = Jsoup.parse(site.server().get("/doc/" + FR_MINUTES).body());
    assertThat(view.select("dd.versions a").attr("href")).isEqualTo("/doc/" + ES_MINUTES);
    String sideBySide = view.select("a.in-versions").first().attr("href");
    Document both =
        Jsoup.parse(site.server().get("/doc/" + FR_MINUTES + "/versions/" + ordinal).body());
    assertThat(sideBySide).startsWith("/doc/" + FR_MINUTES + "/versions/");
    assertThat(both.select(".side-by-side section.version")).hasSize(2);
    assertThat(both.select(".side-by-side section.version[lang=es] p").text())
        .startsWith("4.1 La representante de Chile");
    assertThat(both.select(".side-by-side section.version[lang=fr] p").text())
        .startsWith("4.1 La représentante du Chili");
    assertThat(site.server().get("/api/documents/nope.docx/passages/1/versions").statusCode())
        .isEqualTo(404);
  }
}
