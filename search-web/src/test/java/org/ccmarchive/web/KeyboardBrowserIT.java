package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;

/**
 * Keyboard, screen-reader and print behaviour over the seed corpus in headless Chromium: a walk
 * through search, a filter, a record and a paragraph link with the Tab and Enter keys only (every
 * focused element visibly outlined); the result count announced in place after a filter; charts
 * described by their numbers table; print styles for the record view and the decisions register.
 * Screenshots and printed PDFs go to {@code search-web/target/screenshots/}.
 */
class KeyboardBrowserIT {

  @RegisterExtension static final BrowserSite site = BrowserSite.seed();

  @BeforeAll
  static void fitWindow() {
    site.driver().manage().window().setSize(new Dimension(1366, 900));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) site.driver()).executeScript(script, args);
  }

  private static WebElement focused() {
    return site.driver().switchTo().activeElement();
  }

  /**
   * Presses Tab until the focused element matches {@code target} (at most 150 times), checking that
   * every element reached shows a focus outline.
   */
  private static WebElement tabTo(String description, Predicate<WebElement> target) {
    for (int i = 0; i < 150; i++) {
      new Actions(site.driver()).sendKeys(Keys.TAB).perform();
      WebElement now = focused();
      assertThat(focusVisible(now))
          .as(
              "visible focus on "
                  + now.getTagName()
                  + " "
                  + now.getDomAttribute("id")
                  + " "
                  + now.getDomAttribute("class")
                  + " "
                  + js(
                      "var s = getComputedStyle(arguments[0]);"
                          + "return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;",
                      now))
          .isTrue();
      if (target.test(now)) {
        return now;
      }
    }
    throw new AssertionError("Tab never reached " + description);
  }

  private static boolean focusVisible(WebElement e) {
    String style =
        String.valueOf(
            js(
                "var s = getComputedStyle(arguments[0]);"
                    + "return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;",
                e));
    return !style.startsWith("none") && !style.contains(" 0px ");
  }

  private static boolean matches(WebElement e, String css) {
    return Boolean.TRUE.equals(js("return arguments[0].matches(arguments[1]);", e, css));
  }

  private static void enter() {
    new Actions(site.driver()).sendKeys(Keys.ENTER).perform();
  }

  @Test
  void searchFilterRecordAndParagraphLinkByKeyboardAloneWithTheCountAnnounced() throws Exception {
    site.driver().get(site.server().base() + "/");
    WebElement skip = tabTo("the skip link", e -> matches(e, "a.skip"));
    assertThat(skip.getRect().getX()).isNotNegative();

    tabTo("the search box", e -> "q".equals(e.getDomAttribute("id")));
    new Actions(site.driver()).sendKeys("clearance").sendKeys(Keys.ENTER).perform();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().contains("q=clearance")))
        .isTrue();
    Browser.waitFor(() -> !site.driver().findElements(By.cssSelector(".summary")).isEmpty());
    WebElement live = site.driver().findElement(By.cssSelector(".results .summary"));
    assertThat(live.getDomAttribute("aria-live")).isEqualTo("polite");
    String before = live.getText();
    js("window.ccmSamePage = true; arguments[0].dataset.marker = 'kept';", live);

    // Open a facet's further values and apply one of them.
    tabTo("a facet's more values", e -> matches(e, "details.facet-more > summary"));
    enter();
    WebElement more = (WebElement) js("return document.activeElement.parentElement;");
    assertThat(more.getDomAttribute("open")).isNotNull();
    WebElement value =
        tabTo("a value inside it", e -> matches(e, "details.facet-more[open] a.facet-value"));
    String dim = value.getDomAttribute("data-dim");
    String chosen = value.getDomAttribute("data-value");
    enter();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().contains(dim + "="))).isTrue();
    Browser.screenshot(site.driver(), "keyboard-1-filter-applied");
    WebElement after = site.driver().findElement(By.cssSelector(".results .summary"));
    assertThat(after.getText()).isNotEqualTo(before);
    assertThat(js("return window.ccmSamePage === true && arguments[0].dataset.marker;", after))
        .as("the count changed in the same live region, without a page load")
        .isEqualTo("kept");
    assertThat(focused().getDomAttribute("data-value")).isEqualTo(chosen);
    assertThat(focused().getDomAttribute("aria-current")).isEqualTo("true");

    // On to the first result and a paragraph link.
    tabTo("the first result's title", e -> matches(e, ".hit h2 a"));
    enter();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().contains("/doc/"))).isTrue();
    WebElement anchor = tabTo("a paragraph link", e -> matches(e, "section.passage a.anchor"));
    String href = anchor.getDomAttribute("href");
    enter();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().endsWith(href))).isTrue();
    assertThat(js("return document.querySelector(':target').id;")).isEqualTo(href.substring(1));
    Browser.screenshot(site.driver(), "keyboard-2-paragraph");
  }

  @Test
  void everyChartIsDescribedByItsNumbersTable() throws Exception {
    int charts = 0;
    for (String page : List.of("/delegations", "/articles", "/articles/7")) {
      site.driver().get(site.server().base() + page);
      for (WebElement svg : site.driver().findElements(By.cssSelector("figure.chart svg"))) {
        String table = svg.getDomAttribute("aria-describedby");
        assertThat(table).as("chart on " + page).isNotBlank();
        WebElement numbers = site.driver().findElement(By.id(table));
        assertThat(numbers.getTagName()).isEqualTo("table");
        assertThat(numbers.findElements(By.cssSelector("tbody tr")))
            .hasSameSizeAs(svg.findElements(By.cssSelector("rect")));
        assertThat(
                site.driver()
                    .findElement(By.id(svg.getDomAttribute("aria-labelledby")))
                    .getTagName())
            .isEqualTo("figcaption");
        charts++;
      }
    }
    assertThat(charts).isGreaterThanOrEqualTo(3);
  }

  private static void printMedia(boolean on) {
    site.driver()
        .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", on ? "print" : ""));
  }

  private static boolean shown(String css) {
    return site.driver().findElements(By.cssSelector(css)).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  private static void savePdf(String name) throws Exception {
    String pdf = site.driver().print(new PrintOptions()).getContent();
    Files.createDirectories(Browser.SCREENSHOTS);
    Files.write(Browser.SCREENSHOTS.resolve(name + ".pdf"), Base64.getDecoder().decode(pdf));
  }

  @Test
  void printedRecordsAndDecisionsKeepParagraphNumbersAndCitationWithoutNavigation()
      throws Exception {
    site.driver().get(site.server().base() + "/?q=clearance");
    Browser.screenshot(site.driver(), "print-0-search");
    assertThat(
            Browser.waitFor(
                () -> !site.driver().findElements(By.cssSelector(".hit h2 a")).isEmpty()))
        .as(
            site.driver().getCurrentUrl()
                + ": "
                + site.driver().findElement(By.tagName("main")).getText())
        .isTrue();
    String record = site.driver().findElement(By.cssSelector(".hit h2 a")).getDomAttribute("href");
    try {
      printMedia(true);
      assertThat(shown("header.site")).isFalse();
      assertThat(shown("aside.facets")).isFalse();
      assertThat(shown(".hit")).isTrue();
      List<WebElement> hits = site.driver().findElements(By.cssSelector(".hits > .hit"));
      assertThat(hits.size()).isGreaterThan(1);
      assertThat(js("return getComputedStyle(arguments[0]).breakBefore;", hits.get(1)))
          .isEqualTo("page");

      site.driver().get(site.server().base() + record);
      assertThat(shown("header.site")).isFalse();
      assertThat(shown("footer.site")).isFalse();
      assertThat(shown("details.tools")).isFalse();
      assertThat(shown("section.passage a.anchor")).isTrue();
      WebElement cite = site.driver().findElement(By.cssSelector(".print-cite"));
      assertThat(cite.isDisplayed()).isTrue();
      assertThat(cite.getText()).contains(site.server().base() + "/doc/");
      savePdf("print-record");

      site.driver().get(site.server().base() + "/decisions");
      assertThat(shown(".kb-filters")).isFalse();
      assertThat(shown("ol.decisions > li")).isTrue();
      List<WebElement> next =
          site.driver().findElements(By.cssSelector("ol.decisions > li.new-record"));
      assertThat(next).as("decisions of a second record").isNotEmpty();
      assertThat(js("return getComputedStyle(arguments[0]).breakBefore;", next.getFirst()))
          .isEqualTo("page");
      savePdf("print-decisions");
    } finally {
      printMedia(false);
    }
    site.driver().get(site.server().base() + record);
    assertThat(shown("header.site")).isTrue();
    assertThat(shown(".print-cite")).isFalse();
  }
}
