package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.ccmarchive.web.security.AccessManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved searches belong to the browser that saved them: it (or staff) may delete one, anyone may
 * read and follow it; names and ids are never taken over; writes are rate-limited per client and
 * the store is bounded; the list is paged. Over HTTP on a started server.
 */
class SavedSearchOwnersIT {

  private static final String TOKEN = "staff token for saved searches";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path corpus;
  @TempDir Path data;

  private static HttpResponse<String> post(
      TestServer server, String path, String form, String cookie) throws Exception {
    HttpRequest.Builder b =
        server
            .request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Sec-Fetch-Site", "same-origin")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return server.send(b);
  }

  /** The {@code name=value} part of the owner cookie the answer set. */
  private static String ownerCookie(HttpResponse<String> r) {
    String header = r.headers().firstValue("Set-Cookie").orElseThrow();
    return header.substring(0, header.indexOf(';'));
  }

  private static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElseThrow();
  }

  @Test
  void onlyTheSavingBrowserOrStaffDeletesEveryoneReadsAndFollows() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A record about clearance of cluster munitions.");
    try (TestServer server =
        TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, 1024 * 1024)) {
      HttpResponse<String> saved = post(server, "/saved", "name=Clearance&q=clearance", null);
      assertThat(saved.statusCode()).isEqualTo(303);
      assertThat(saved.headers().firstValue("Set-Cookie").orElseThrow())
          .startsWith("ccm-owner=")
          .contains("HttpOnly", "SameSite=Strict", "Path=/saved");
      String mine = ownerCookie(saved);
      assertThat(location(saved)).isEqualTo("/saved#clearance");

      // Another browser: reads the list and the feed, sees no delete button, cannot delete.
      assertThat(server.get("/saved/clearance/feed.atom").statusCode()).isEqualTo(200);
      assertThat(server.get("/saved").body())
          .contains("id=\"clearance\"")
          .doesNotContain("/saved/clearance/delete");
      HttpResponse<String> stranger = post(server, "/saved/clearance/delete", "", null);
      assertThat(stranger.statusCode()).isEqualTo(403);
      assertThat(stranger.body()).contains("Only the browser that saved this search");
      String otherBrowser = ownerCookie(post(server, "/saved", "name=Other&q=x", null));
      assertThat(post(server, "/saved/clearance/delete", "", otherBrowser).statusCode())
          .isEqualTo(403);
      assertThat(server.get("/saved/clearance/feed.atom").statusCode()).isEqualTo(200);

      // The owner sees the button and deletes; the name cannot be taken while in use.
      HttpResponse<String> ownList = server.send(server.request("/saved").header("Cookie", mine));
      assertThat(ownList.body()).contains("/saved/clearance/delete");
      HttpResponse<String> taken = post(server, "/saved", "name=CLEARANCE&q=mines", otherBrowser);
      assertThat(taken.statusCode()).isEqualTo(409);
      assertThat(taken.body()).contains("exists already");
      assertThat(post(server, "/saved/clearance/delete", "", mine).statusCode()).isEqualTo(303);
      assertThat(server.get("/saved/clearance/feed.atom").statusCode()).isEqualTo(404);

      // Re-creating the name gets another feed: the old subscribers' address stays gone.
      HttpResponse<String> again = post(server, "/saved", "name=Clearance&q=mines", otherBrowser);
      assertThat(location(again)).isEqualTo("/saved#clearance-2");
      assertThat(server.get("/saved/clearance/feed.atom").statusCode()).isEqualTo(404);

      // Staff delete any search, with the token header or a bearer token.
      HttpResponse<String> staff =
          server.send(
              server
                  .request("/saved/clearance-2/delete")
                  .header(AccessManager.TOKEN_HEADER, TOKEN)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertThat(staff.statusCode()).isEqualTo(303);
      HttpResponse<String> wrongToken =
          server.send(
              server
                  .request("/saved/other/delete")
                  .header("Authorization", "Bearer not the staff token at all")
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertThat(wrongToken.statusCode()).isEqualTo(403);
      assertThat(
              server
                  .send(
                      server
                          .request("/saved/other/delete")
                          .header("Authorization", "Bearer " + TOKEN)
                          .POST(HttpRequest.BodyPublishers.noBody()))
                  .statusCode())
          .isEqualTo(303);
      assertThat(JSON.readTree(server.get("/api/saved").body()).get("total").asInt()).isZero();
    }
  }

  @Test
  void oneClientsWritesAreRateLimitedWithAReadable429() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    try (TestServer server = TestServer.start(corpus, data.resolve("index"))) {
      String cookie = null;
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> r = post(server, "/saved", "name=Search+" + i + "&q=x", cookie);
        assertThat(r.statusCode()).as("write %d", i).isEqualTo(303);
        if (cookie == null) {
          cookie = ownerCookie(r);
        }
      }
      HttpResponse<String> refused = post(server, "/saved", "name=One+more&q=x", cookie);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(refused.body()).contains("Too many requests").doesNotContain("Exception");
      assertThat(post(server, "/saved/search-0/delete", "", cookie).statusCode()).isEqualTo(429);
      // A forwarded-for header is not another client.
      HttpResponse<String> forged =
          server.send(
              server
                  .request("/saved")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("X-Forwarded-For", "198.51.100.9")
                  .POST(HttpRequest.BodyPublishers.ofString("name=Forged&q=x")));
      assertThat(forged.statusCode()).isEqualTo(429);
      // Reading is not a write.
      assertThat(server.get("/saved").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aFullStoreRefusesWith507AndTheListIsPaged() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    Path index = data.resolve("index");
    TestCorpus.index(corpus, index);
    SavedSearchStore store =
        SavedSearchStore.open(
            data.resolve("saved.json"),
            Clock.systemUTC(),
            new SavedSearchStore.Limits(60, 1024 * 1024));
    for (int i = 0; i < 59; i++) {
      store.save("Kept search " + i, "x", Map.of(), "owner key of a script");
    }
    try (TestServer server = TestServer.over(index, corpus, TestLimits.unhurried(), store)) {
      assertThat(post(server, "/saved", "name=Last+one&q=x", null).statusCode()).isEqualTo(303);
      HttpResponse<String> full = post(server, "/saved", "name=Too+many&q=x", null);
      assertThat(full.statusCode()).isEqualTo(507);
      assertThat(full.body()).contains("60 searches").doesNotContain("Exception");

      String first = server.get("/saved").body();
      assertThat(first).contains("id=\"kept-search-0\"", "rel=\"next\"", "Page 1 of 2");
      assertThat(first).doesNotContain("id=\"kept-search-50\"");
      String second = server.get("/saved?page=2").body();
      assertThat(second).contains("id=\"kept-search-50\"", "id=\"last-one\"", "rel=\"prev\"");
      assertThat(second).doesNotContain("id=\"kept-search-0\"");
      assertThat(server.get("/saved?page=3").statusCode()).isEqualTo(400);
      assertThat(server.get("/saved?page=abc").statusCode()).isEqualTo(400);

      JsonNode api = JSON.readTree(server.get("/api/saved?page=2").body());
      assertThat(api.get("total").asInt()).isEqualTo(60);
      assertThat(api.get("pages").asInt()).isEqualTo(2);
      assertThat(api.get("searches")).hasSize(10);
      assertThat(api.get("searches").get(9).get("feed_url").asText())
          .isEqualTo("/saved/last-one/feed.atom");
      assertThat(server.get("/api/saved?page=0").statusCode()).isEqualTo(400);
    }
  }
}
