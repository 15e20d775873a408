package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ccmarchive.web.common.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The knowledge base in real headless Chromium: from a search hit to the speaker's delegation page,
 * on to an article page, and saving the search for its feed. Screenshots go to {@code
 * search-web/target/screenshots/memory-*.png}.
 */
class MemoryBrowserIT {

  @TempDir static Path indexDir;
  @TempDir static Path corpus;
  @TempDir static Path profile;
  static TestServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    MemoryWebIT.archive().write(indexDir);
    server = TestServer.over(indexDir, corpus);
    driver = Browser.start(profile);
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

  @Test
  void aSearchHitLeadsToTheSpeakersDelegationPageAndOnToAnArticlePage() throws Exception {
    driver.get(server.base() + "/?q=" + Links.encode("\"annual reporting\""));
    WebElement hit = driver.findElement(By.cssSelector(".hit"));
    assertThat(hit.getText()).contains("Australia raised two matters");
    Browser.screenshot(driver, "memory-1-search-hit");

    hit.findElement(By.cssSelector("a.profile[href='/delegations/australia']")).click();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().endsWith("/delegations/australia")))
        .isTrue();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Australia");
    assertThat(driver.findElement(By.cssSelector("table.roles")).getText())
        .contains("Coordinator: Transparency");
    WebElement timeline = driver.findElement(By.cssSelector("svg.chart-timeline"));
    assertThat(timeline.findElements(By.tagName("rect"))).hasSize(2);
    assertThat(timeline.getSize().getHeight()).isPositive();
    Browser.screenshot(driver, "memory-2-delegation");

    WebElement scoped = driver.findElement(By.id("dq"));
    scoped.sendKeys("transparency");
    scoped.submit();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().contains("q=transparency"))).isTrue();
    assertThat(driver.findElements(By.cssSelector("#interventions ~ ol.kb-list > li"))).hasSize(1);

    driver
        .findElement(
            By.cssSelector("#interventions ~ ol.kb-list a.label-article[href='/articles/7']"))
        .click();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().endsWith("/articles/7"))).isTrue();
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Article 7: Transparency measures");
    assertThat(
            driver.findElements(
                By.cssSelector("svg.chart-ranking a[href='/delegations/australia']")))
        .hasSize(1);
    Browser.screenshot(driver, "memory-3-article");
  }

  @Test
  void aSearchIsSavedFromTheResultsPageAndListedWithItsFeed() throws Exception {
    driver.get(server.base() + "/?q=reporting");
    driver.findElement(By.cssSelector("a.save-search-link")).click();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().contains("/saved"))).isTrue();
    assertThat(driver.findElement(By.id("sq")).getAttribute("value")).isEqualTo("reporting");
    driver.findElement(By.id("name")).sendKeys("Reporting in the browser");
    driver.findElement(By.cssSelector("form.save-search button")).click();
    assertThat(
            Browser.waitFor(
                () -> driver.getCurrentUrl().endsWith("/saved#reporting-in-the-browser")))
        .isTrue();
    WebElement saved = driver.findElement(By.id("reporting-in-the-browser"));
    assertThat(saved.findElement(By.cssSelector("a.feed")).getAttribute("href"))
        .endsWith("/saved/reporting-in-the-browser/feed.atom");
    Browser.screenshot(driver, "memory-4-saved-searches");
    driver.get(server.base() + "/decisions");
    assertThat(driver.findElements(By.cssSelector("ol.decisions > li"))).hasSize(5);
    Browser.screenshot(driver, "memory-5-decisions");
  }
}
