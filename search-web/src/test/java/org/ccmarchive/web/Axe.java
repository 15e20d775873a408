package org.ccmarchive.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the copy shipped in Deque's {@code com.deque.html.axe-core:selenium} jar) run in the
 * page: injected once per loaded page, run as often as the page changes (e.g. at two widths), and
 * asked for violations only, which keeps a run of many pages quick.
 */
final class Axe {

  /** WCAG 2.0 and 2.1, levels A and AA. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String source;

  private Axe(String source) {
    this.source = source;
  }

  static Axe load() throws IOException {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js missing from the test classpath");
      }
      return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Injects axe into the page now loaded (once per page load). */
  void inject(WebDriver driver) {
    ((JavascriptExecutor) driver).executeScript(source);
  }

  /**
   * The WCAG 2.1 A/AA violations of the page as it stands, one line per element: {@code rule at
   * selector — html}.
   */
  List<String> violations(WebDriver driver) throws IOException {
    Object json =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                    + " resultTypes: ['violations']})"
                    + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                    + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });",
                WCAG_21_AA);
    JsonNode violations = JSON.readTree(String.valueOf(json));
    if (violations.has("error")) {
      throw new IllegalStateException("axe failed: " + violations.get("error").asText());
    }
    List<String> lines = new ArrayList<>();
    for (JsonNode rule : violations) {
      for (JsonNode node : rule.path("nodes")) {
        lines.add(
            rule.path("id").asText()
                + " at "
                + node.path("target")
                + " — "
                + node.path("html").asText()
                + " ("
                + node.path("failureSummary").asText().replace('\n', ' ')
                + ")");
      }
    }
    return lines;
  }
}
