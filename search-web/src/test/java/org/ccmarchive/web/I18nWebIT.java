package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.web.i18n.Bundles;
import org.ccmarchive.web.i18n.Lang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interface in English, French and Spanish over HTTP: chosen by {@code Accept-Language}, by the
 * switch ({@code ?lang=}, remembered in a cookie), English otherwise; every page type rendered in
 * French and Spanish without an English label; dates per language; the JSON API stays English.
 */
class I18nWebIT {

  private static final String JAN_2024 = "cc-minutes-30-january-2024.docx";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work; // the index in work/index: its report goes beside it
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        TestServer.startWithAdmin(
            TestCorpus.seedCorpus(), work.resolve("index"), "t0ken-for-i18n-tests", 1 << 20);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = server.request(path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return server.send(b);
  }

  private static Document page(String path, String acceptLanguage) throws Exception {
    HttpResponse<String> r = get(path, "Accept-Language", acceptLanguage);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  private static String nav(Document d) {
    return d.select("nav.site-nav a[href=/decisions]").text();
  }

  @Test
  void acceptLanguageFrenchGivesAFrenchPage() throws Exception {
    HttpResponse<String> r = get("/", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
    Document d = Jsoup.parse(r.body());
    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(nav(d)).isEqualTo("Décisions");
    assertThat(d.selectFirst("button[type=submit]").text()).isEqualTo("Rechercher");
    assertThat(d.selectFirst("h1").text())
        .isEqualTo("Rechercher dans les documents de la Convention sur les armes à sous-munitions");
    assertThat(r.headers().firstValue("Content-Language")).hasValue("fr");
    assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept-Language", "Cookie");
    assertThat(r.headers().firstValue("Set-Cookie")).as("only the switch sets a cookie").isEmpty();
    assertThat(nav(page("/", "es-419,es;q=0.9"))).isEqualTo("Decisiones");
  }

  @Test
  void withoutAnyHintThePageIsEnglish() throws Exception {
    // java.net.http sends no Accept-Language: the other tests' English assertions rely on this.
    HttpResponse<String> r = server.get("/");
    Document d = Jsoup.parse(r.body());
    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(nav(d)).isEqualTo("Decisions");
    assertThat(r.headers().firstValue("Content-Language")).hasValue("en");
  }

  @Test
  void theSwitchSetsACookieThatLaterRequestsFollow() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> switched = send(browser, "/?q=clearance&lang=es", "en-US,en;q=0.9");
    String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("lang=es")
        .containsIgnoringCase("Path=/")
        .containsIgnoringCase("Max-Age=31536000")
        .containsIgnoringCase("SameSite=Lax")
        .containsIgnoringCase("HttpOnly");
    assertThat(Jsoup.parse(switched.body()).selectFirst("html").attr("lang")).isEqualTo("es");

    // No parameter any more, and a browser asking for French: the remembered choice wins.
    Document later = Jsoup.parse(send(browser, "/decisions", "fr").body());
    assertThat(later.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(later.selectFirst("h1").text()).isEqualTo("Registro de decisiones");
    Document record = Jsoup.parse(send(browser, "/doc/" + JAN_2024, "fr").body());
    assertThat(record.selectFirst("p.back a").text()).isEqualTo("‹ Volver a los resultados");

    // Switching back is remembered too.
    send(browser, "/decisions?lang=en", "fr");
    assertThat(Jsoup.parse(send(browser, "/", "fr").body()).selectFirst("html").attr("lang"))
        .isEqualTo("en");
  }

  private static HttpResponse<String> send(HttpClient client, String path, String acceptLanguage)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Accept-Language", acceptLanguage)
            .build();
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r;
  }

  @Test
  void anUnknownLanguageFallsBackToEnglish() throws Exception {
    HttpResponse<String> r = server.get("/?lang=xx");
    assertThat(Jsoup.parse(r.body()).selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(nav(page("/", "de-DE,de;q=0.9"))).isEqualTo("Decisions");
    assertThat(nav(Jsoup.parse(get("/", "Cookie", "lang=de").body()))).isEqualTo("Decisions");
    assertThat(nav(Jsoup.parse(get("/?lang=%3Cscript%3E", "Cookie", "lang=").body())))
        .isEqualTo("Decisions");
    // An unknown switch is ignored, not obeyed: the browser's language still counts.
    assertThat(nav(page("/?lang=de", "fr"))).isEqualTo("Décisions");
  }

  @Test
  void datesAndCitationsAreWrittenPerLanguage() throws Exception {
    Map<String, String[]> expected = new LinkedHashMap<>();
    expected.put(
        "en",
        new String[] {
          "30 January 2024", "Coordination Committee, minutes of 30 January 2024, sect. 5.1, ¶ 68"
        });
    expected.put(
        "fr",
        new String[] {
          "30 janvier 2024", "Coordination Committee, minutes du 30 janvier 2024, sect. 5.1, ¶ 68"
        });
    expected.put(
        "es",
        new String[] {
          "30 de enero de 2024",
          "Coordination Committee, minutes del 30 de enero de 2024, secc. 5.1, ¶ 68"
        });
    for (var e : expected.entrySet()) {
      Document d = page("/doc/" + JAN_2024, e.getKey());
      Element date = d.selectFirst(".record-facts time");
      assertThat(date.attr("datetime")).isEqualTo("2024-01-30");
      assertThat(date.text()).as(e.getKey()).isEqualTo(e.getValue()[0]);
      assertThat(d.selectFirst("#cite-p68").text()).as(e.getKey()).isEqualTo(e.getValue()[1]);
      Document hits = page("/?q=stigmatization", e.getKey());
      assertThat(hits.select("li.hit time.date").eachText()).contains(e.getValue()[0]);
    }
    assertThat(page("/?q=stigmatization", "fr").selectFirst(".summary").text())
        .startsWith("1 document, 3 paragraphes pour");
  }

  /** Every page type, by path; filled from the seed corpus's own links. */
  private static List<String> pageTypes() throws Exception {
    Document decisions = page("/decisions", "en");
    String decision = decisions.select("ol.decisions .more a").first().attr("href");
    String person = page("/people", "en").select("table.kb-table a").first().attr("href");
    Document jan = page("/doc/" + JAN_2024, "en");
    String similar = jan.select("a.similar").first().attr("href");
    String fr =
        page("/doc/cc-proces-verbal-12-mars-2025.docx", "en")
            .select("a.in-versions")
            .first()
            .attr("href");
    return List.of(
        "/",
        "/?q=stigmatization",
        "/?q=clearance&speaker=Peru&sort=newest&size=1",
        "/?q=zzzqqqnothing&speaker=Peru",
        "/?q=stigmatizatoin",
        "/help",
        "/doc/" + JAN_2024 + "?q=clearance",
        similar,
        fr,
        "/decisions",
        "/decisions?article=Article+4&year=2024",
        decision,
        "/delegations",
        "/delegations/australia",
        "/delegations/australia?q=transparency",
        "/articles",
        "/articles/4",
        "/meetings",
        "/meetings/coordination-committee/2024-01-30",
        "/people",
        person,
        "/saved?q=clearance&speaker=Peru",
        "/admin");
  }

  /**
   * English labels of several words that French (or Spanish) words differently: none may appear on
   * a page in that language. (Single words are left out: record texts are full of them.)
   */
  private static List<String> englishLabels(Lang lang) {
    Map<String, String> en = Bundles.of(Lang.EN);
    Map<String, String> other = Bundles.of(lang);
    List<String> labels = new ArrayList<>();
    en.forEach(
        (k, v) -> {
          String label = v.replaceAll("\\{[^}]*}", "").replaceAll("<[^>]*>", "").strip();
          // Placeholders are examples of data ("Article 4 extension requests"), as records hold.
          if (label.contains(" ")
              && !k.endsWith(".placeholder")
              && !v.contains("<a ")
              && !v.equals(other.get(k))) {
            for (String part : label.split("[():;,.…?]+")) {
              String p = part.strip();
              if (p.contains(" ") && p.length() >= 8 && !other.get(k).contains(p)) {
                labels.add(p);
              }
            }
          }
        });
    return labels;
  }

  @Test
  void everyPageTypeInFrenchAndSpanishCarriesNoEnglishLabel() throws Exception {
    List<String> paths = pageTypes();
    List<String> leaks = new ArrayList<>();
    for (Lang lang : List.of(Lang.FR, Lang.ES)) {
      List<String> english = englishLabels(lang);
      assertThat(english).hasSizeGreaterThan(150);
      for (String path : paths) {
        Document d = page(path, lang.tag());
        assertThat(d.selectFirst("html").attr("lang")).as(path).isEqualTo(lang.tag());
        StringBuilder seen = new StringBuilder(d.text());
        for (Element e : d.getAllElements()) {
          for (String a : List.of("title", "aria-label", "placeholder")) {
            seen.append(' ').append(e.attr(a));
          }
        }
        String text = seen.toString().replace('\u00a0', ' ').replace('\u202f', ' ');
        for (String label : english) {
          if (text.contains(label)) {
            leaks.add(lang + " " + path + ": “" + label + "”");
          }
        }
        assertThat(nav(d)).as(path).isEqualTo(Bundles.of(lang).get("nav.decisions"));
      }
    }
    assertThat(leaks).as("English labels on French and Spanish pages").isEmpty();
  }

  @Test
  void errorPagesAreInTheReadersLanguageAndTheApiStaysEnglish() throws Exception {
    HttpResponse<String> missing = get("/no/such/page", "Accept-Language", "fr");
    assertThat(missing.statusCode()).isEqualTo(404);
    Document nf = Jsoup.parse(missing.body());
    assertThat(nf.selectFirst(".error h1").text()).isEqualTo("Introuvable");
    assertThat(nf.selectFirst(".error .message").text())
        .isEqualTo("Il n’y a pas de page à cette adresse.");

    HttpResponse<String> badYear = get("/?q=&year=24", "Accept-Language", "es");
    assertThat(badYear.statusCode()).isEqualTo(400);
    Document by = Jsoup.parse(badYear.body());
    assertThat(by.selectFirst(".error h1").text()).isEqualTo("Consulta no comprendida");
    assertThat(by.selectFirst(".error .message").text())
        .isEqualTo("El parámetro year debe ser un año de cuatro cifras, no «24».");

    // The search engine's own reasons (query syntax, limits) are in the reader's language too.
    String unclosed = "?q=" + URLEncoder.encode("(Article 4", StandardCharsets.UTF_8);
    HttpResponse<String> syntax = get("/" + unclosed, "Accept-Language", "fr");
    assertThat(syntax.statusCode()).isEqualTo(400);
    Document sx = Jsoup.parse(syntax.body());
    assertThat(sx.selectFirst(".error h1").text()).isEqualTo("Requête non comprise");
    assertThat(sx.selectFirst(".error .message").text().replace('\u00a0', ' '))
        .startsWith("Requête incomprise : elle s’arrête trop tôt");
    HttpResponse<String> tooLong = get("/?q=" + "a".repeat(2500), "Cookie", "lang=es");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(tooLong.body()).selectFirst(".error .message").text())
        .startsWith("La consulta es demasiado larga (2500 caracteres;");
    HttpResponse<String> apiSyntax = get("/api/search" + unclosed, "Accept-Language", "fr");
    assertThat(JSON.readTree(apiSyntax.body()).get("error").asText())
        .startsWith("Could not understand the query: it ends too early");

    HttpResponse<String> api = get("/api/search?q=&year=24", "Accept-Language", "fr");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(api.body()).get("error").asText())
        .isEqualTo("year must be a four-digit year, not \"24\".");
    HttpResponse<String> apiMissing = get("/api/documents/nope.docx", "Cookie", "lang=es");
    assertThat(JSON.readTree(apiMissing.body()).get("error").asText())
        .isEqualTo("There is no record with id \"nope.docx\".");
  }

  @Test
  void theLanguageSwitchKeepsTheAddressAndWorksWithoutScript() throws Exception {
    Document d = page("/?q=clearance&speaker=Peru&page=1", "fr");
    Element sw = d.selectFirst("nav.lang-switch");
    assertThat(sw.attr("aria-label")).isEqualTo("Langue");
    assertThat(sw.select("a").eachAttr("href"))
        .containsExactly(
            "/?q=clearance&speaker=Peru&page=1&lang=en",
            "/?q=clearance&speaker=Peru&page=1&lang=es");
    assertThat(sw.select("[aria-current]").text()).isEqualTo("FR");
    assertThat(sw.select("a").eachText()).containsExactly("EN", "ES");
    // Following a switch link (a plain GET) answers in that language, same results.
    Document es = page(sw.select("a[hreflang=es]").attr("href"), "fr");
    assertThat(es.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(es.select("li.hit h2 a").eachText()).isEqualTo(d.select("li.hit h2 a").eachText());

    // A path that would read as another host still links to this one.
    HttpResponse<String> odd = get("//evil.example/x?lang=fr");
    Document o = Jsoup.parse(odd.body());
    assertThat(o.select("nav.lang-switch a").eachAttr("href"))
        .allSatisfy(h -> assertThat(h).startsWith("/").doesNotStartWith("//"));

    // The switch parameter is not a filter of a search being saved.
    Document saved = page("/saved?q=clearance&speaker=Peru&lang=fr", "en");
    assertThat(saved.select("form.save-search input[type=hidden]").eachAttr("name"))
        .containsExactly("speaker");
  }
}
