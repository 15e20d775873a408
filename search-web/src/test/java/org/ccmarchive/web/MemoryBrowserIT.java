package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.web.common.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The knowledge base in real headless Chromium: from a search hit to the speaker's delegation page,
 * on to an article page, and saving the search for its feed. Screenshots go to {@code
 * search-web/target/screenshots/memory-*.png}.
 */
class MemoryBrowserIT {

  @RegisterExtension
  static final BrowserSite site =
      BrowserSite.of(
          work -> {
            Path index = Files.createDirectories(work.resolve("index"));
            MemoryWebIT.archive().write(index);
            return TestServer.over(index, Files.createDirectories(work.resolve("corpus")));
          });

  @Test
  void aSearchHitLeadsToTheSpeakersDelegationPageAndOnToAnArticlePage() throws Exception {
    site.driver().get(site.server().base() + "/?q=" + Links.encode("\"annual reporting\""));
    WebElement hit = site.driver().findElement(By.cssSelector(".hit"));
    assertThat(hit.getText()).contains("Australia raised two matters");
    Browser.screenshot(site.driver(), "memory-1-search-hit");

    hit.findElement(By.cssSelector("a.profile[href='/delegations/australia']")).click();
    assertThat(
            Browser.waitFor(() -> site.driver().getCurrentUrl().endsWith("/delegations/australia")))
        .isTrue();
    assertThat(site.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Australia");
    assertThat(site.driver().findElement(By.cssSelector("table.roles")).getText())
        .contains("Coordinator: Transparency");
    WebElement timeline = site.driver().findElement(By.cssSelector("svg.chart-timeline"));
    assertThat(timeline.findElements(By.tagName("rect"))).hasSize(2);
    assertThat(timeline.getSize().getHeight()).isPositive();
    Browser.screenshot(site.driver(), "memory-2-delegation");

    WebElement scoped = site.driver().findElement(By.id("dq"));
    scoped.sendKeys("transparency");
    scoped.submit();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().contains("q=transparency")))
        .isTrue();
    assertThat(site.driver().findElements(By.cssSelector("#interventions ~ ol.kb-list > li")))
        .hasSize(1);

    site.driver()
        .findElement(
            By.cssSelector("#interventions ~ ol.kb-list a.label-article[href='/articles/7']"))
        .click();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().endsWith("/articles/7")))
        .isTrue();
    assertThat(site.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Article 7: Transparency measures");
    assertThat(
            site.driver()
                .findElements(By.cssSelector("svg.chart-ranking a[href='/delegations/australia']")))
        .hasSize(1);
    Browser.screenshot(site.driver(), "memory-3-article");
  }

  @Test
  void aSearchIsSavedFromTheResultsPageAndListedWithItsFeed() throws Exception {
    site.driver().get(site.server().base() + "/?q=reporting");
    site.driver().findElement(By.cssSelector("a.save-search-link")).click();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().contains("/saved"))).isTrue();
    assertThat(site.driver().findElement(By.id("sq")).getAttribute("value")).isEqualTo("reporting");
    site.driver().findElement(By.id("name")).sendKeys("Reporting in the browser");
    site.driver().findElement(By.cssSelector("form.save-search button")).click();
    assertThat(
            Browser.waitFor(
                () -> site.driver().getCurrentUrl().endsWith("/saved#reporting-in-the-browser")))
        .isTrue();
    WebElement saved = site.driver().findElement(By.id("reporting-in-the-browser"));
    assertThat(saved.findElement(By.cssSelector("a.feed")).getAttribute("href"))
        .endsWith("/saved/reporting-in-the-browser/feed.atom");
    Browser.screenshot(site.driver(), "memory-4-saved-searches");
    site.driver().get(site.server().base() + "/decisions");
    assertThat(site.driver().findElements(By.cssSelector("ol.decisions > li"))).hasSize(5);
    Browser.screenshot(site.driver(), "memory-5-decisions");
  }
}
