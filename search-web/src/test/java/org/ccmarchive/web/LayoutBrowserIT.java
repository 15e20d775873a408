package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ccmarchive.web.common.Links;
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

/**
 * The layout in real headless Chromium over the seed corpus and an Arabic record: on a 390 px phone
 * the filters fold behind one button (with the number of active filters) and results come first,
 * with nothing wider than the screen; at 1366 px the filters stand beside the results; Arabic text
 * runs right to left and every passage says its language. Checked by element positions and computed
 * styles; screenshots go to {@code search-web/target/screenshots/layout-*.png}.
 */
class LayoutBrowserIT {

  static final int PHONE = 390;
  static final int DESKTOP = 1366;
  static final int HEIGHT = 844;

  @TempDir static Path corpus;
  @TempDir static Path indexDir;
  @TempDir static Path profile;
  static TestServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    AccessibilityBrowserIT.copySeedCorpusWithArabicRecord(corpus);
    server = TestServer.start(corpus, indexDir);
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

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void width(int px) {
    driver.manage().window().setSize(new Dimension(px, HEIGHT));
  }

  /** A search for "clearance" with one speaker filter chosen, as the facet link builds it. */
  private static String filteredSearch() {
    width(DESKTOP);
    driver.get(server.base() + "/?q=clearance");
    return driver
        .findElement(By.cssSelector(".facet-speaker a.facet-value"))
        .getDomAttribute("href");
  }

  private static long viewportWidth() {
    return ((Number) js("return document.documentElement.clientWidth;")).longValue();
  }

  @Test
  void onAPhoneTheFiltersFoldBehindOneKeyboardButtonWithTheActiveCountAndResultsComeFirst()
      throws Exception {
    String href = filteredSearch();
    width(PHONE);
    driver.get(server.base() + href);
    WebElement toggle = driver.findElement(By.cssSelector("button.filters-toggle"));
    WebElement firstFacet = driver.findElement(By.cssSelector(".facet-values a.facet-value"));
    WebElement firstHit = driver.findElement(By.cssSelector(".hit"));
    assertThat(Browser.waitFor(toggle::isDisplayed)).as("fold button shown").isTrue();
    assertThat(toggle.getText()).contains("1 active");
    assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
    assertThat(firstFacet.isDisplayed()).as("facets folded").isFalse();
    assertThat(firstHit.isDisplayed()).isTrue();
    assertThat(firstHit.getRect().getY())
        .as("the first result starts on the first screen")
        .isLessThan(HEIGHT);
    assertThat(firstHit.getRect().getY()).isGreaterThan(toggle.getRect().getY());
    assertNothingWiderThanTheScreen();
    Browser.screenshot(driver, "layout-390-filters-folded");

    // Without a mouse: Tab reaches the button, Enter opens the filters, Space folds them again.
    driver.get(server.base() + href);
    boolean reached = false;
    for (int i = 0; i < 40 && !reached; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      reached = "filters-toggle".equals(driver.switchTo().activeElement().getDomAttribute("class"));
    }
    assertThat(reached).as("Tab reaches the filters button").isTrue();
    toggle = driver.switchTo().activeElement();
    firstFacet = driver.findElement(By.cssSelector(".facet-values a.facet-value"));
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
    assertThat(Browser.waitFor(firstFacet::isDisplayed)).as("facets shown").isTrue();
    assertNothingWiderThanTheScreen();
    Browser.screenshot(driver, "layout-390-filters-open");
    new Actions(driver).sendKeys(Keys.SPACE).perform();
    assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
    assertThat(firstFacet.isDisplayed()).isFalse();
  }

  @Test
  void onADesktopTheFiltersStandBesideTheResultsWithoutAFoldButton() throws Exception {
    String href = filteredSearch();
    driver.get(server.base() + href);
    WebElement facets = driver.findElement(By.cssSelector("aside.facets"));
    WebElement results = driver.findElement(By.cssSelector(".results"));
    assertThat(driver.findElement(By.cssSelector("button.filters-toggle")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.cssSelector(".facet-values a.facet-value")).isDisplayed())
        .isTrue();
    assertThat(facets.getRect().getX() + facets.getRect().getWidth())
        .isLessThanOrEqualTo(results.getRect().getX());
    assertThat(Math.abs(facets.getRect().getY() - results.getRect().getY())).isLessThan(40);
    assertNothingWiderThanTheScreen();
    Browser.screenshot(driver, "layout-1366-search");
  }

  @Test
  void theHeaderFitsAPhoneOnEveryPageType() throws Exception {
    width(PHONE);
    for (String path : List.of("/", "/decisions", "/delegations", "/articles", "/help")) {
      driver.get(server.base() + path);
      assertNothingWiderThanTheScreen();
    }
    Browser.screenshot(driver, "layout-390-help");
  }

  private static void assertNothingWiderThanTheScreen() {
    long viewport = viewportWidth();
    assertThat(((Number) js("return document.documentElement.scrollWidth;")).longValue())
        .as("page scroll width on " + driver.getCurrentUrl())
        .isLessThanOrEqualTo(viewport);
    for (WebElement part : driver.findElements(By.cssSelector("header.site > *"))) {
      assertThat((long) part.getRect().getX() + part.getRect().getWidth())
          .as("header part " + part.getDomAttribute("class"))
          .isLessThanOrEqualTo(viewport);
    }
  }

  @Test
  void arabicTitlesSnippetsAndPassagesRunRightToLeftAndEveryPassageSaysItsLanguage()
      throws Exception {
    width(DESKTOP);
    driver.get(server.base() + "/?q=" + Links.encode(AccessibilityBrowserIT.ARABIC_WORD));
    WebElement hit = driver.findElement(By.cssSelector(".hit"));
    WebElement title = hit.findElement(By.cssSelector("h2 a"));
    WebElement snippet = hit.findElement(By.cssSelector("p.snippet"));
    assertThat(hit.findElement(By.tagName("h2")).getDomAttribute("lang")).isEqualTo("ar");
    assertThat(direction(title)).isEqualTo("rtl");
    assertThat(snippet.getDomAttribute("lang")).isEqualTo("ar");
    assertThat(direction(snippet)).isEqualTo("rtl");
    assertThat(direction(hit.findElement(By.cssSelector(".passage-meta")))).isEqualTo("ltr");
    assertEveryPassageSaysItsLanguage();
    Browser.screenshot(driver, "layout-rtl-search");

    title.click();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().contains("/doc/"))).isTrue();
    WebElement h1 = driver.findElement(By.tagName("h1"));
    assertThat(h1.getDomAttribute("lang")).isEqualTo("ar");
    assertThat(direction(h1)).isEqualTo("rtl");
    List<WebElement> passages = driver.findElements(By.cssSelector("section.passage"));
    assertThat(passages).isNotEmpty();
    for (WebElement p : passages) {
      assertThat(p.getDomAttribute("lang")).isEqualTo("ar");
      assertThat(direction(p.findElement(By.cssSelector("p, h2")))).isEqualTo("rtl");
    }
    assertEveryPassageSaysItsLanguage();
    Browser.screenshot(driver, "layout-rtl-record");

    for (String page : List.of("/?q=clearance", "/decisions", "/articles/7")) {
      driver.get(server.base() + page);
      assertEveryPassageSaysItsLanguage();
    }
  }

  private static String direction(WebElement e) {
    return String.valueOf(js("return getComputedStyle(arguments[0]).direction;", e));
  }

  private static void assertEveryPassageSaysItsLanguage() {
    List<WebElement> passages = driver.findElements(By.cssSelector(".passage"));
    assertThat(passages).as("passages on " + driver.getCurrentUrl()).isNotEmpty();
    for (WebElement p : passages) {
      assertThat(p.getDomAttribute("lang"))
          .as("lang of a passage on " + driver.getCurrentUrl())
          .isNotBlank();
    }
  }
}
