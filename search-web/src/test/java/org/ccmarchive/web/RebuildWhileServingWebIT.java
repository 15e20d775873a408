package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.web.security.AccessManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site keeps serving every page, API answer and feed across two full rebuilds made through the
 * staff re-index route, and shows what the latest rebuild indexed: search and the knowledge base
 * read the same live index, which follows the swapped-in folder.
 */
class RebuildWhileServingWebIT {

  private static final String TOKEN = "rebuild-while-serving-token-0123456789";
  private static final String LATE = "Statement-Universalization-Norway-Peru-IM2025.docx";
  private static final String FEED = "/saved/universalization/feed.atom";

  /** Routes with no parameter taken from the data. */
  private static final List<String> FIXED =
      List.of(
          "/",
          "/?q=convention",
          "/help",
          "/decisions",
          "/delegations",
          "/articles",
          "/articles/4",
          "/meetings",
          "/people",
          "/saved",
          FEED,
          "/api/search?q=convention",
          "/api/facets/speaker",
          "/api/export.csv?q=convention",
          "/api/export.json?q=convention",
          "/api/decisions",
          "/api/delegations",
          "/api/articles/4",
          "/api/meetings",
          "/api/people");

  /** List pages whose first entry link is followed, with its /api/ twin. */
  private static final List<String> LISTS =
      List.of("/decisions", "/delegations", "/meetings", "/people");

  @Test
  void everyRouteAnswersWithCurrentDataAfterTwoFullRebuilds(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (Stream<Path> seed = Files.list(TestCorpus.seedCorpus())) {
      for (Path f : seed.toList()) {
        if (!f.getFileName().toString().equals(LATE)) {
          Files.copy(f, corpus.resolve(f.getFileName()));
        }
      }
    }
    try (TestServer server =
        TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, 1024 * 1024)) {
      HttpResponse<String> saved =
          server.postForm(
              "/saved",
              "name=Universalization&q=universalization",
              "Sec-Fetch-Site",
              "same-origin");
      assertThat(saved.statusCode()).isEqualTo(303);
      assertThat(failures(server)).as("before any rebuild").isEmpty();
      assertThat(server.get(FEED).body()).doesNotContain("statement-universalization");

      assertThat(fullRebuild(server).statusCode()).isEqualTo(200);
      assertThat(failures(server)).as("after the first full rebuild").isEmpty();

      Files.copy(TestCorpus.seedCorpus().resolve(LATE), corpus.resolve(LATE));
      assertThat(fullRebuild(server).statusCode()).isEqualTo(200);
      assertThat(failures(server)).as("after the second full rebuild").isEmpty();
      // Search and the knowledge base (the saved search's feed) both show the new record.
      assertThat(server.get("/api/search?q=universalization").body())
          .contains("statement-universalization-norway-peru-im2025.docx");
      assertThat(server.get(FEED).body())
          .contains("statement-universalization-norway-peru-im2025.docx");
    }
  }

  private static HttpResponse<String> fullRebuild(TestServer server) throws Exception {
    return server.send(
        server
            .request("/admin/reindex?full=true")
            .header(AccessManager.TOKEN_HEADER, TOKEN)
            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
  }

  /** Every route not answering 200, with its status; the detail routes are found on the pages. */
  private static List<String> failures(TestServer server) throws Exception {
    Set<String> routes = new LinkedHashSet<>(FIXED);
    for (String list : LISTS) {
      String entry = firstLink(server, list, list + "/");
      routes.add(entry);
      routes.add("/api" + entry);
    }
    String record = firstLink(server, "/?q=convention", "/doc/");
    String id = record.substring("/doc/".length());
    routes.addAll(
        List.of(
            record,
            record + "/original",
            record + "/similar/1",
            record + "/versions/1",
            "/api/documents/" + id,
            "/api/documents/" + id + "/passages/1/versions"));
    List<String> failed = new ArrayList<>();
    for (String route : routes) {
      int status = server.get(route).statusCode();
      if (status != 200) {
        failed.add(route + " → " + status);
      }
    }
    return failed;
  }

  /** The first link on {@code page} whose path starts with {@code prefix}, without its query. */
  private static String firstLink(TestServer server, String page, String prefix) throws Exception {
    HttpResponse<String> r = server.get(page);
    assertThat(r.statusCode()).as(page).isEqualTo(200);
    for (Element a : Jsoup.parse(r.body()).select("a[href^=" + prefix + "]")) {
      String href = a.attr("href").replaceFirst("[?#].*", "");
      if (href.length() > prefix.length()
          && !href.substring(prefix.length()).contains("/original")) {
        return href;
      }
    }
    throw new AssertionError("no link to " + prefix + "… on " + page);
  }
}
