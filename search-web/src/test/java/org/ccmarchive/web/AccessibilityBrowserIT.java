package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.web.common.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules in headless Chromium on every page type of the seed corpus
 * (plus a small Arabic record written for this test), at a desktop (1366 px) and a phone (390 px)
 * width, in English, French and Spanish. One browser session visits the pages in turn; every
 * violation of every page is reported at once.
 */
class AccessibilityBrowserIT {

  static final String ARABIC_RECORD = "Bayan-Tathir-AlDhakhair-2024.ar.html";
  static final String ARABIC_WORD = "الذخائر";

  @TempDir static Path corpus;
  @TempDir static Path indexDir;
  @TempDir static Path profile;
  static TestServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    copySeedCorpusWithArabicRecord(corpus);
    server = TestServer.startWithAdmin(corpus, indexDir, "a11y-admin-token-0123456789", 1 << 20);
    driver = Browser.start(profile);
  }

  /** The seed corpus and the Arabic statement from {@code src/test/resources/arabic}. */
  static void copySeedCorpusWithArabicRecord(Path target) throws Exception {
    try (var files = Files.list(TestCorpus.seedCorpus())) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.copy(
        TestCorpus.resource("arabic/" + ARABIC_RECORD),
        target.resolve(ARABIC_RECORD),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** The first link on {@code listPage} matching {@code css}, as a path. */
  private static String firstLink(String listPage, String css) {
    driver.get(server.base() + listPage);
    WebElement link = driver.findElement(By.cssSelector(css));
    return link.getDomAttribute("href");
  }

  /** One page of each type, by name (paths found by following the site's own links). */
  static Map<String, String> pageTypes() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("start", "/");
    pages.put("search", "/?q=clearance");
    pages.put("search-filtered", firstLink("/?q=clearance", ".facet-speaker a.facet-value"));
    pages.put("search-empty", "/?q=zzxqvbnonexistent");
    pages.put("record", firstLink("/?q=clearance", ".hit h2 a"));
    pages.put("record-arabic", firstLink("/?q=" + Links.encode(ARABIC_WORD), ".hit h2 a"));
    pages.put("search-arabic", "/?q=" + Links.encode(ARABIC_WORD));
    pages.put("decisions", "/decisions");
    pages.put("decision", firstLink("/decisions", "ol.decisions a[href^='/decisions/']"));
    pages.put("delegations", "/delegations");
    pages.put("delegation", firstLink("/delegations", "table a[href^='/delegations/']"));
    pages.put("articles", "/articles");
    pages.put("article", firstLink("/articles", "table a[href^='/articles/']"));
    pages.put("meetings", "/meetings");
    pages.put("meeting", firstLink("/meetings", "main a[href^='/meetings/']"));
    pages.put("people", "/people");
    pages.put("person", firstLink("/people", "main a[href^='/people/']"));
    pages.put("saved", "/saved?q=clearance");
    pages.put("help", "/help");
    pages.put("admin", "/admin");
    pages.put("not-found", "/doc/no-such-record");
    pages.put("bad-request", "/?q=clearance&from=not-a-date");
    return pages;
  }

  @Test
  void everyPageTypeMeetsWcag21AaAtDesktopAndPhoneWidthsInEveryLanguage() throws Exception {
    Axe axe = Axe.load();
    Map<String, String> pages = pageTypes();
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (String lang : List.of("en", "fr", "es")) {
      driver.get(server.base() + "/?lang=" + lang);
      for (var page : pages.entrySet()) {
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(server.base() + page.getValue());
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
        axe.inject(driver);
        for (int width : new int[] {1366, 390}) {
          driver.manage().window().setSize(new Dimension(width, 900));
          String where =
              lang + " " + width + "px " + page.getKey() + " (" + page.getValue() + "): ";
          axe.violations(driver).forEach(v -> violations.add(where + v));
          checked++;
        }
      }
    }
    driver.manage().window().setSize(new Dimension(1280, 1000));
    assertThat(checked).isEqualTo(pages.size() * 6);
    assertThat(violations).as(String.join("\n", violations)).isEmpty();
  }
}
