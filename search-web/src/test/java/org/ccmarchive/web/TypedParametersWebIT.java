package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Facet parameters and entity URLs take what people type (a case, an article's number, a State's
 * name in another language) and answer with the canonical value or redirect to the canonical URL.
 */
class TypedParametersWebIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final SeedSite site = new SeedSite();

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = site.server().get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every passage a search answers, as record#ordinal, over all pages. */
  private static List<String> passages(String params) throws Exception {
    List<String> out = new ArrayList<>();
    for (int page = 1; page <= 20; page++) {
      JsonNode body = api("/api/search?versions=all&size=100&page=" + page + "&" + params);
      body.get("hits")
          .forEach(
              h ->
                  h.get("passages")
                      .forEach(
                          p -> out.add(h.get("id").asText() + "#" + p.get("ordinal").asText())));
      if (body.get("hits").size() < 100) {
        break;
      }
    }
    return out;
  }

  @Test
  void anArticleNumberFiltersAsTheArticleAndIsAnsweredAsIt() throws Exception {
    JsonNode labelled = api("/api/search?q=&article=" + enc("Article 4"));
    JsonNode number = api("/api/search?q=&article=4");
    assertThat(labelled.get("total_passages").asLong()).isEqualTo(31);
    assertThat(number.get("total_passages").asLong()).isEqualTo(31);
    assertThat(number.get("filters").get("article").get(0).asText()).isEqualTo("Article 4");
    assertThat(passages("q=&article=4")).isEqualTo(passages("q=&article=" + enc("Article 4")));
    assertThat(api("/api/search?q=&article=" + enc("art. 4")).get("total_passages").asLong())
        .isEqualTo(31);

    Document page = Jsoup.parse(site.server().get("/?q=&article=4").body());
    assertThat(
            page.select("a.facet-value[data-dim=article][aria-current=true]")
                .eachAttr("data-value"))
        .containsExactly("Article 4");
  }

  @Test
  void aSpeakerInAnyCaseOrLanguageIsTheCanonicalName() throws Exception {
    long au = api("/api/search?q=&speaker=Australia").get("total_passages").asLong();
    assertThat(au).isPositive();
    JsonNode lower = api("/api/search?q=&speaker=australia");
    JsonNode french = api("/api/search?q=&speaker=Australie");
    assertThat(lower.get("total_passages").asLong()).isEqualTo(au);
    assertThat(french.get("total_passages").asLong()).isEqualTo(au);
    assertThat(french.get("filters").get("speaker").get(0).asText()).isEqualTo("Australia");
  }

  @Test
  void aDelegationUrlAsTypedRedirectsToTheCanonicalOne() throws Exception {
    HttpResponse<String> typed = site.server().get("/delegations/Australia");
    assertThat(typed.statusCode()).isEqualTo(301);
    assertThat(typed.headers().firstValue("Location")).hasValue("/delegations/australia");

    HttpResponse<String> alias = site.server().get("/delegations/Australie?q=transparency");
    assertThat(alias.statusCode()).isEqualTo(301);
    assertThat(alias.headers().firstValue("Location"))
        .hasValue("/delegations/australia?q=transparency");

    assertThat(site.server().get("/delegations/australia").statusCode()).isEqualTo(200);
    assertThat(api("/api/delegations/Australie").get("slug").asText()).isEqualTo("australia");
    assertThat(site.server().get("/delegations/Atlantis").statusCode()).isEqualTo(404);
  }

  @Test
  void personAndArticleUrlsAsTypedRedirectToTheCanonicalOnes() throws Exception {
    HttpResponse<String> person = site.server().get("/people/Pamela%20Moraga");
    assertThat(person.statusCode()).isEqualTo(301);
    assertThat(person.headers().firstValue("Location")).hasValue("/people/pamela-moraga");
    assertThat(site.server().get("/people/pamela-moraga").statusCode()).isEqualTo(200);

    HttpResponse<String> article = site.server().get("/articles/Article%204");
    assertThat(article.statusCode()).isEqualTo(301);
    assertThat(article.headers().firstValue("Location")).hasValue("/articles/4");
    assertThat(site.server().get("/articles/4").statusCode()).isEqualTo(200);
  }

  @Test
  void theDecisionsRegisterTakesAnArticleNumber() throws Exception {
    JsonNode labelled = api("/api/decisions?article=" + enc("Article 7"));
    JsonNode number = api("/api/decisions?article=7");
    assertThat(number.get("total").asLong()).isEqualTo(labelled.get("total").asLong());
    assertThat(number.get("article").asText()).isEqualTo("Article 7");
  }
}
