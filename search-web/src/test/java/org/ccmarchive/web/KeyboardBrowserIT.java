package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

  @TempDir static Path indexDir;
  @TempDir static Path profile;
  static TestServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = TestServer.start(TestCorpus.seedCorpus(), indexDir);
    driver = Browser.start(profile);
    driver.manage().window().setSize(new Dimension(1366, 900));
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

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /**
   * Presses Tab until the focused element matches {@code target} (at most 150 times), checking that
   * every element reached shows a focus outline.
   */
  private static WebElement tabTo(String description, Predicate<WebElement> target) {
    for (int i = 0; i < 150; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
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
    new Actions(driver).sendKeys(Keys.ENTER).perform();
  }

  @Test
  void searchFilterRecordAndParagraphLinkByKeyboardAloneWithTheCountAnnounced() throws Exception {
    driver.get(server.base() + "/");
    WebElement skip = tabTo("the skip link", e -> matches(e, "a.skip"));
    assertThat(skip.getRect().getX()).isNotNegative();

    tabTo("the search box", e -> "q".equals(e.getDomAttribute("id")));
    new Actions(driver).sendKeys("clearance").sendKeys(Keys.ENTER).perform();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().contains("q=clearance"))).isTrue();
    Browser.waitFor(() -> !driver.findElements(By.cssSelector(".summary")).isEmpty());
    WebElement live = driver.findElement(By.cssSelector(".results .summary"));
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
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().contains(dim + "="))).isTrue();
    Browser.screenshot(driver, "keyboard-1-filter-applied");
    WebElement after = driver.findElement(By.cssSelector(".results .summary"));
    assertThat(after.getText()).isNotEqualTo(before);
    assertThat(js("return window.ccmSamePage === true && arguments[0].dataset.marker;", after))
        .as("the count changed in the same live region, without a page load")
        .isEqualTo("kept");
    assertThat(focused().getDomAttribute("data-value")).isEqualTo(chosen);
    assertThat(focused().getDomAttribute("aria-current")).isEqualTo("true");

    // On to the first result and a paragraph link.
    tabTo("the first result's title", e -> matches(e, ".hit h2 a"));
    enter();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().contains("/doc/"))).isTrue();
    WebElement anchor = tabTo("a paragraph link", e -> matches(e, "section.passage a.anchor"));
    String href = anchor.getDomAttribute("href");
    enter();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().endsWith(href))).isTrue();
    assertThat(js("return document.querySelector(':target').id;")).isEqualTo(href.substring(1));
    Browser.screenshot(driver, "keyboard-2-paragraph");
  }

  @Test
  void everyChartIsDescribedByItsNumbersTable() throws Exception {
    int charts = 0;
    for (String page : List.of("/delegations", "/articles", "/articles/7")) {
      driver.get(server.base() + page);
      for (WebElement svg : driver.findElements(By.cssSelector("figure.chart svg"))) {
        String table = svg.getDomAttribute("aria-describedby");
        assertThat(table).as("chart on " + page).isNotBlank();
        WebElement numbers = driver.findElement(By.id(table));
        assertThat(numbers.getTagName()).isEqualTo("table");
        assertThat(numbers.findElements(By.cssSelector("tbody tr")))
            .hasSameSizeAs(svg.findElements(By.cssSelector("rect")));
        assertThat(driver.findElement(By.id(svg.getDomAttribute("aria-labelledby"))).getTagName())
            .isEqualTo("figcaption");
        charts++;
      }
    }
    assertThat(charts).isGreaterThanOrEqualTo(3);
  }

  private static void printMedia(boolean on) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", on ? "print" : ""));
  }

  private static boolean shown(String css) {
    return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
  }

  private static void savePdf(String name) throws Exception {
    String pdf = driver.print(new PrintOptions()).getContent();
    Files.createDirectories(Browser.SCREENSHOTS);
    Files.write(Browser.SCREENSHOTS.resolve(name + ".pdf"), Base64.getDecoder().decode(pdf));
  }

  @Test
  void printedRecordsAndDecisionsKeepParagraphNumbersAndCitationWithoutNavigation()
      throws Exception {
    driver.get(server.base() + "/?q=clearance");
    Browser.screenshot(driver, "print-0-search");
    assertThat(Browser.waitFor(() -> !driver.findElements(By.cssSelector(".hit h2 a")).isEmpty()))
        .as(driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("main")).getText())
        .isTrue();
    String record = driver.findElement(By.cssSelector(".hit h2 a")).getDomAttribute("href");
    try {
      printMedia(true);
      assertThat(shown("header.site")).isFalse();
      assertThat(shown("aside.facets")).isFalse();
      assertThat(shown(".hit")).isTrue();
      List<WebElement> hits = driver.findElements(By.cssSelector(".hits > .hit"));
      assertThat(hits.size()).isGreaterThan(1);
      assertThat(js("return getComputedStyle(arguments[0]).breakBefore;", hits.get(1)))
          .isEqualTo("page");

      driver.get(server.base() + record);
      assertThat(shown("header.site")).isFalse();
      assertThat(shown("footer.site")).isFalse();
      assertThat(shown("details.tools")).isFalse();
      assertThat(shown("section.passage a.anchor")).isTrue();
      WebElement cite = driver.findElement(By.cssSelector(".print-cite"));
      assertThat(cite.isDisplayed()).isTrue();
      assertThat(cite.getText()).contains(server.base() + "/doc/");
      savePdf("print-record");

      driver.get(server.base() + "/decisions");
      assertThat(shown(".kb-filters")).isFalse();
      assertThat(shown("ol.decisions > li")).isTrue();
      List<WebElement> next = driver.findElements(By.cssSelector("ol.decisions > li.new-record"));
      assertThat(next).as("decisions of a second record").isNotEmpty();
      assertThat(js("return getComputedStyle(arguments[0]).breakBefore;", next.getFirst()))
          .isEqualTo("page");
      savePdf("print-decisions");
    } finally {
      printMedia(false);
    }
    driver.get(server.base() + record);
    assertThat(shown("header.site")).isTrue();
    assertThat(shown(".print-cite")).isFalse();
  }
}
