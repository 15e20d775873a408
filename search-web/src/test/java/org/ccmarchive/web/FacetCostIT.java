package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.QueryLimits;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.ccmarchive.web.security.SecurityHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet-heavy searches pass the cost gate like wildcard floods. The server here has no permit for
 * costly searches at all, so which requests the gate classifies as costly shows in the answers
 * without depending on timing: every costly one is "busy" (503), every cheap one is answered.
 */
class FacetCostIT {

  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.copy(
        TestCorpus.seedCorpus().resolve("CC-Minutes-30-January-2024.docx"),
        corpus.resolve("CC-Minutes-30-January-2024.docx"));
    Path index = work.resolve("index");
    TestCorpus.index(corpus, index);
    server = TestServer.over(index, corpus, new QueryLimits(TestLimits.UNHURRIED, 0));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** 50 values in each of the first nine facet dimensions (years are years). */
  private static String facetHeavy() {
    return IndexSchema.FACETS.subList(0, 9).stream()
        .flatMap(
            dim ->
                IntStream.range(0, 50)
                    .mapToObj(
                        i -> dim + "=" + (dim.equals(IndexSchema.FACET_YEAR) ? 1980 + i : "v" + i)))
        .collect(Collectors.joining("&"));
  }

  @Test
  void aFacetHeavySearchIsAnsweredBusyOnAReadablePageWhileACheapOneIsServed() throws Exception {
    HttpResponse<String> page = server.get("/?q=convention&" + facetHeavy());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("Busy", "many filters").doesNotContain("Exception");
    SecurityHeaders.HEADERS.forEach(
        (name, value) -> assertThat(page.headers().firstValue(name)).as(name).hasValue(value));

    HttpResponse<String> api = server.get("/api/search?q=convention&" + facetHeavy());
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(api.body()).contains("\"status\":503", "many filters");

    HttpResponse<String> cheap = server.get("/?q=convention&speaker=v1&type=v2");
    assertThat(cheap.statusCode()).isEqualTo(200);
    assertThat(server.get("/api/search?q=convention").statusCode()).isEqualTo(200);
  }

  @Test
  void parallelFacetHeavySearchesAreAllRefusedAndCheapOnesBesideThemAllAnswered() throws Exception {
    List<Thread> threads = new ArrayList<>();
    List<Integer> heavy = new ArrayList<>();
    List<Integer> cheap = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean isHeavy = i % 2 == 0;
      String path = isHeavy ? "/?q=convention&" + facetHeavy() : "/?q=convention&year=2024";
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    int status;
                    try {
                      status = server.get(path).statusCode();
                    } catch (Exception e) {
                      status = -1;
                    }
                    synchronized (threads) {
                      (isHeavy ? heavy : cheap).add(status);
                    }
                  }));
    }
    for (Thread t : threads) {
      assertThat(t.join(Duration.ofMinutes(2))).isTrue();
    }
    assertThat(heavy).hasSize(10).containsOnly(503);
    assertThat(cheap).hasSize(10).containsOnly(200);
  }
}
