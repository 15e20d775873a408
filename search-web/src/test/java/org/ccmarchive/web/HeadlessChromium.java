package org.ccmarchive.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium driven through ChromeDriver's W3C WebDriver protocol (plain HTTP + JSON, so
 * no Selenium is needed for the few commands these tests use).
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Process driver;
  private final String base;
  private final String session;

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  private HeadlessChromium(Process driver, String base, String session) {
    this.driver = driver;
    this.base = base;
    this.session = session;
  }

  static HeadlessChromium start(Path profile) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process driver =
        new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String base = "http://127.0.0.1:" + port;
    HttpClient http = HttpClient.newHttpClient();
    waitUntilReady(http, base);
    List<String> args =
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile);
    Map<String, Object> caps =
        Map.of(
            "capabilities",
            Map.of(
                "alwaysMatch",
                Map.of(
                    "browserName", "chrome",
                    "unhandledPromptBehavior", "ignore",
                    "goog:chromeOptions", Map.of("binary", CHROMIUM.toString(), "args", args))));
    try {
      JsonNode created = call(http, base, "POST", "/session", caps);
      return new HeadlessChromium(driver, base, created.get("value").get("sessionId").asText());
    } catch (Exception e) {
      driver.destroy();
      throw e;
    }
  }

  private static void waitUntilReady(HttpClient http, String base) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (call(http, base, "GET", "/status", null).path("value").path("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("chromedriver did not start");
  }

  private static JsonNode call(
      HttpClient http, String base, String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  private JsonNode call(String method, String path, Object body) throws Exception {
    return call(http, base, method, "/session/" + session + path, body);
  }

  void open(String url) throws Exception {
    call("POST", "/url", Map.of("url", url));
  }

  /** The text of an open alert/confirm/prompt dialog, or null when none is open. */
  String openDialog() throws Exception {
    JsonNode v = call("GET", "/alert/text", null).get("value");
    return v.isTextual() ? v.asText() : null;
  }

  void dismissDialog() throws Exception {
    call("POST", "/alert/dismiss", Map.of());
  }

  /** Runs a script in the page and returns its JSON result. */
  JsonNode script(String js) throws Exception {
    return call("POST", "/execute/sync", Map.of("script", js, "args", List.of())).get("value");
  }

  @Override
  public void close() throws Exception {
    try {
      call(http, base, "DELETE", "/session/" + session, null);
    } finally {
      driver.destroy();
      driver.waitFor();
    }
  }
}
