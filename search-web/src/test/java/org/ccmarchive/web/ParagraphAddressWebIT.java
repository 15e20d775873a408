package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ccmarchive.testing.TestCorpus;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route with a paragraph number in its path reads it the same way: {@code 12} or {@code p12}
 * name paragraph 12, a number the record lacks is a 404, anything else is a 400.
 */
class ParagraphAddressWebIT {

  private static final String RECORD = "cc-minutes-30-january-2024.docx";

  @TempDir static Path work; // the index in work/index: its report goes beside it
  static TestServer server;
  static String decision;
  static int decisionParagraph;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestCorpus.seedCorpus(), work.resolve("index"));
    String href =
        Jsoup.parse(server.get("/decisions").body()).select("a[href^=/decisions/]").stream()
            .map(a -> a.attr("href"))
            .filter(h -> h.matches("/decisions/[^/?]+/p\\d+"))
            .findFirst()
            .orElseThrow();
    decision = href.substring(0, href.lastIndexOf('/'));
    decisionParagraph = Integer.parseInt(href.substring(href.lastIndexOf("/p") + 2));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** The address of paragraph {@code number} (as written in the path) on each route. */
  private static List<String> addresses(String number) {
    return List.of(
        "/doc/" + RECORD + "/similar/" + number,
        "/doc/" + RECORD + "/versions/" + number,
        "/api/documents/" + RECORD + "/passages/" + number + "/versions");
  }

  private static int status(String path) throws Exception {
    return server.get(path).statusCode();
  }

  @Test
  void aParagraphIsNamedByItsNumberWithOrWithoutP() throws Exception {
    for (String number : List.of("3", "p3")) {
      for (String path : addresses(number)) {
        assertThat(status(path)).as(path).isEqualTo(200);
      }
    }
    assertThat(status(decision + "/p" + decisionParagraph)).isEqualTo(200);
    assertThat(status(decision + "/" + decisionParagraph)).isEqualTo(200);
    assertThat(status("/api" + decision + "/" + decisionParagraph)).isEqualTo(200);
  }

  @Test
  void aParagraphTheRecordLacksIsNotFound() throws Exception {
    for (String path : addresses("9999999")) {
      assertThat(status(path)).as(path).isEqualTo(404);
    }
    assertThat(status(decision + "/p9999999")).isEqualTo(404);
    assertThat(status("/api" + decision + "/9999999")).isEqualTo(404);
  }

  @Test
  void somethingThatIsNotAParagraphNumberIsABadRequest() throws Exception {
    for (String bad : List.of("x", "p", "3a", "-3", "12345678901", "q3")) {
      for (String path : addresses(bad)) {
        assertThat(status(path)).as(path).isEqualTo(400);
      }
      assertThat(status(decision + "/" + bad)).as(decision + "/" + bad).isEqualTo(400);
      assertThat(status("/api" + decision + "/" + bad))
          .as("/api" + decision + "/" + bad)
          .isEqualTo(400);
    }
    assertThat(server.get("/api/documents/" + RECORD + "/passages/x/versions").body())
        .contains("\"status\":400");
  }
}
