package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens every page type over the hostile corpus in a real headless Chromium: no payload ever opens
 * a dialog, and the page holds no script element at all.
 */
class XssBrowserIT {

  @TempDir static Path work;
  static TestServer server;
  static HeadlessChromium browser;

  @BeforeAll
  static void start() throws Exception {
    if (!HeadlessChromium.available()) {
      System.err.println(
          "########## SKIPPING XssBrowserIT: /usr/bin/chromium or /usr/bin/chromedriver missing"
              + " (Debian: chromium chromium-driver; ./ccm test installs them) ##########");
    }
    Assumptions.assumeTrue(HeadlessChromium.available(), "chromium + chromedriver missing");
    server = TestServer.start(HostileCorpus.write(work.resolve("corpus")), work.resolve("index"));
    browser = HeadlessChromium.start(work.resolve("profile"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void noPayloadOpensADialogOnAnyPage() throws Exception {
    List<String> pages = new ArrayList<>(List.of("/?q=stockpile&size=100"));
    var hits =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(server.get("/api/search?q=stockpile&size=100").body())
            .get("hits");
    hits.forEach(
        h -> {
          String id = h.get("id").asText();
          pages.add("/doc/" + id);
          pages.add("/doc/" + id + "?q=stockpile");
        });
    for (String p : HostileCorpus.PAYLOADS) {
      pages.add("/?q=" + enc(p));
      pages.add("/?q=" + enc("(" + p));
      pages.add("/doc/" + enc(p));
    }
    assertThat(hits.size()).isEqualTo(4);
    // The hook works: a dialog opened on purpose is seen.
    browser.open("about:blank");
    browser.script("setTimeout(() => alert('probe'), 0); return 1;");
    String probe = null;
    for (long end = System.nanoTime() + 10_000_000_000L;
        probe == null && System.nanoTime() < end; ) {
      Thread.sleep(50); // a busy machine may take a while to run the timer
      probe = browser.openDialog();
    }
    assertThat(probe).isEqualTo("probe");
    browser.dismissDialog();
    assertThat(browser.openDialog()).isNull();
    for (String page : pages) {
      browser.open(server.base() + page);
      Thread.sleep(50);
      assertThat(browser.openDialog()).as(page).isNull();
      assertThat(
              browser
                  .script(
                      "return document.querySelectorAll('script:not([src=\"/app.js\"]),img,svg,iframe').length;")
                  .asInt())
          .as(page)
          .isZero();
    }
  }
}
