package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.web.security.SecurityHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological queries, oversized requests, path tricks and the headers of every answer, against a
 * started server. Every error response seen is scanned for stack traces and server versions.
 */
class HostileRequestsIT {

  private static final Duration BOUND = Duration.ofSeconds(2);

  /**
   * Bound for 50 requests at once on a 2-core machine shared with other builds: only "bounded,
   * never a 500" is asserted here; the 2 s figure under concurrency is measured by ./ccm check
   * load.
   */
  private static final Duration CONCURRENT_BOUND = Duration.ofSeconds(15);

  @TempDir static Path work;
  static Path corpus;
  static TestServer server;
  static final List<HttpResponse<String>> errors = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    corpus = Files.createDirectories(work.resolve("corpus"));
    Files.copy(
        TestCorpus.seedCorpus().resolve("CC-Minutes-30-January-2024.docx"),
        corpus.resolve("CC-Minutes-30-January-2024.docx"));
    Files.writeString(corpus.resolve("moved.txt"), "A stockpile record that will be replaced.");
    Files.writeString(work.resolve("secret.txt"), "outside the corpus: do not serve");
    server = TestServer.start(corpus, work.resolve("index"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Sends a request, checks the time bound and records error answers for the leak scan. */
  private static HttpResponse<String> timed(HttpRequest request) throws Exception {
    return timed(request, BOUND);
  }

  private static HttpResponse<String> timed(HttpRequest request, Duration bound) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = server.send(request);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as(request.uri().toString())
        .isLessThan(bound);
    assertThat(r.statusCode()).as(request.uri().toString()).isNotEqualTo(500);
    if (r.statusCode() >= 400) {
      synchronized (errors) {
        errors.add(r);
      }
      assertNoLeak(r);
    }
    return r;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return timed(server.request(path).build());
  }

  private static void assertNoLeak(HttpResponse<String> r) {
    String where = r.statusCode() + " " + r.uri();
    assertThat(r.body())
        .as(where)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("at org.")
        .doesNotContain("at io.javalin")
        .doesNotContain(".java:")
        .doesNotContainIgnoringCase("jetty")
        .doesNotContainIgnoringCase("javalin");
    assertThat(r.headers().firstValue("server")).as(where).isEmpty();
    assertThat(r.headers().firstValue("x-powered-by")).as(where).isEmpty();
  }

  @Test
  void pathologicalQueriesGetABoundedAnswer() throws Exception {
    String orTerms =
        IntStream.range(0, 5_000).mapToObj(i -> "t" + i).collect(Collectors.joining(" OR "));
    Map<String, List<Integer>> cases =
        Map.of(
            "q=" + enc("*a*"),
            List.of(400),
            "q=" + enc("/(.*){20}/"),
            List.of(400),
            "q=" + enc(orTerms),
            List.of(400, 414),
            "q=" + enc("x".repeat(100_000)),
            List.of(400, 414),
            "q=" + enc("x".repeat(3_000)),
            List.of(400),
            "q=convention&page=1000000",
            List.of(400),
            "q=convention&page=-1",
            List.of(400),
            "q=convention&size=1000000",
            List.of(200),
            "q=convention&page=99999999999999999999",
            List.of(400),
            "q=" + enc("stockpile~ destr* conv* a?b* (((((x)))))"),
            List.of(200, 400));
    for (var c : cases.entrySet()) {
      for (String base : new String[] {"/api/search?", "/?"}) {
        HttpResponse<String> r = get(base + c.getKey());
        assertThat(r.statusCode()).as(base + c.getKey()).isIn(c.getValue());
      }
    }
  }

  @Test
  void deepPagingFollowsNextAfterAndRefusesForgedCursors() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var first = json.readTree(get("/api/search?q=stockpile&size=1&after=*").body());
    assertThat(first.get("hits")).hasSize(1);
    String next = first.get("next_after").asText();
    var second = json.readTree(get("/api/search?q=stockpile&size=1&after=" + enc(next)).body());
    assertThat(second.get("hits").get(0).get("id").asText())
        .isNotEqualTo(first.get("hits").get(0).get("id").asText());
    assertThat(json.readTree(get("/api/search?q=stockpile").body()).get("next_after").isNull())
        .isTrue();
    HttpResponse<String> forged = get("/api/search?q=stockpile&after=" + enc("../../etc/passwd"));
    assertThat(forged.statusCode()).isEqualTo(400);
  }

  @Test
  void pathologicalQueryInTheRecordViewIsRefusedToo() throws Exception {
    String id = "cc-minutes-30-january-2024.docx";
    assertThat(get("/doc/" + id + "?q=" + enc("*a*")).statusCode()).isEqualTo(400);
    assertThat(get("/api/documents/" + id + "?q=" + enc("x".repeat(3_000))).statusCode())
        .isEqualTo(400);
  }

  @Test
  void fiftyConcurrentPathologicalQueriesAllGetBoundedAnswers() throws Exception {
    String[] qs = {"*a*", "con*", "stockpile~", "a* OR b*", "\"convention\" OR report~"};
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String q = qs[i % qs.length];
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      timed(server.request("/api/search?q=" + enc(q)).build(), CONCURRENT_BOUND);
                    } catch (Throwable t) {
                      synchronized (failures) {
                        failures.add(t);
                      }
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        new String[] {
          "/",
          "/?q=convention",
          "/?q=%28",
          "/api/search?q=convention",
          "/api/search?q=%28",
          "/doc/cc-minutes-30-january-2024.docx",
          "/doc/cc-minutes-30-january-2024.docx/original",
          "/doc/nope",
          "/api/documents/nope",
          "/style.css",
          "/no/such/page"
        }) {
      HttpResponse<String> r = get(path);
      SecurityHeaders.HEADERS.forEach(
          (name, value) ->
              assertThat(r.headers().firstValue(name)).as(path + " " + name).hasValue(value));
      assertThat(r.headers().firstValue("server")).as(path).isEmpty();
    }
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
  }

  @Test
  void oversizedHeadersBodiesAndUrlsAreRefused() throws Exception {
    HttpResponse<String> header =
        timed(server.request("/").header("Cookie", "a=" + "x".repeat(20_000)).build());
    assertThat(header.statusCode()).isEqualTo(431);
    HttpResponse<String> body =
        timed(
            server
                .request("/api/search?q=convention")
                .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(200_000)))
                .build());
    assertThat(body.statusCode()).isEqualTo(413);
    assertThat(get("/api/search?q=" + "x".repeat(20_000)).statusCode()).isEqualTo(414);
    HttpResponse<String> post =
        timed(
            server.request("/api/search").POST(HttpRequest.BodyPublishers.ofString("q=a")).build());
    assertThat(post.statusCode()).isIn(404, 405);
    // Jetty refuses these before any route runs: the answer is still the site's own page.
    for (HttpResponse<String> r :
        List.of(header, timed(server.request("/?q=" + "x".repeat(20_000)).build()))) {
      assertThat(r.statusCode()).isIn(414, 431);
      assertThat(r.body())
          .as(r.uri().toString())
          .contains("<html lang=\"en\"", "will not answer this request");
      SecurityHeaders.HEADERS.forEach(
          (name, value) ->
              assertThat(r.headers().firstValue(name))
                  .as(r.statusCode() + " " + name)
                  .hasValue(value));
    }
  }

  @Test
  void aMalformedRequestGetsTheSitesErrorPageWithItsHeaders() throws Exception {
    String answer =
        RawHttp.exchange(
            server.port(),
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon in this header\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(answer).startsWith("HTTP/1.1 400");
    String head =
        answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
    SecurityHeaders.HEADERS.forEach(
        (name, value) ->
            assertThat(head)
                .as(name)
                .contains(
                    name.toLowerCase(java.util.Locale.ROOT)
                        + ": "
                        + value.toLowerCase(java.util.Locale.ROOT)));
    assertThat(head).doesNotContain("server:");
    assertThat(answer).contains("will not answer this request").doesNotContainIgnoringCase("jetty");
  }

  @Test
  void feedsAndExportsNeverTakeTheirLinksFromTheHostHeader() throws Exception {
    HttpResponse<String> saved =
        server.postForm("/saved", "name=Host+check&q=stockpile", "Sec-Fetch-Site", "same-origin");
    assertThat(saved.statusCode()).isEqualTo(303);
    for (String path :
        List.of(
            "/saved/host-check/feed.atom",
            "/api/export.csv?q=stockpile",
            "/api/export.json?q=stockpile")) {
      String answer =
          RawHttp.exchange(
              server.port(),
              ("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
      assertThat(answer).as(path).contains("http://127.0.0.1:" + server.port() + "/doc/");
    }
  }

  @Test
  void pathTricksNeverReachAFile() throws Exception {
    String[] tricks = {
      "/doc/..%2F..%2Fsecret.txt/original",
      "/doc/%2e%2e%2f%2e%2e%2fsecret.txt/original",
      "/doc/%252e%252e%252fsecret.txt/original",
      "/doc/..%5C..%5Csecret.txt/original",
      "/doc/%2Fetc%2Fpasswd/original",
      "/doc/%2Fetc%2Fhostname/original",
      "/doc/a%00b/original",
      "/doc/moved.txt%00.pdf/original",
      "/doc/../../secret.txt/original",
      "/doc/..;/secret.txt/original",
      "/api/documents/..%2F..%2Fsecret.txt",
      "/api/documents/%2Fetc%2Fpasswd",
      "/doc/" + enc(work.resolve("secret.txt").toString()) + "/original",
      "/doc/file:%2F%2F%2Fetc%2Fpasswd/original",
      "/doc/http:%2F%2F127.0.0.1%2F/original",
      "/../../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/style.css/..%2F..%2F..%2Fpom.xml",
    };
    for (String path : tricks) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("outside the corpus").doesNotContain("root:");
    }
  }

  @Test
  void originalReplacedBySymlinkOutOfTheCorpusIsNotServed() throws Exception {
    assertThat(get("/api/documents/moved.txt").statusCode()).isEqualTo(200);
    Path file = corpus.resolve("moved.txt");
    Files.delete(file);
    Files.createSymbolicLink(file, work.resolve("secret.txt"));
    HttpResponse<String> r = get("/doc/moved.txt/original");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("outside the corpus: do not serve");
  }

  @Test
  void errorAnswersNeverLeakAStackTrace() throws Exception {
    get("/?q=%22unclosed");
    get("/api/search?q=%28");
    get("/api/search?page=abc");
    get("/api/documents/%2e%2e");
    timed(server.request("/").method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
    timed(server.request("/").method("TRACE", HttpRequest.BodyPublishers.noBody()).build());
    synchronized (errors) {
      assertThat(errors).isNotEmpty();
      errors.forEach(HostileRequestsIT::assertNoLeak);
    }
  }
}
