package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestIndex;
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

/**
 * The search page in real headless Chromium: type a query, choose a speaker and an article, set a
 * date range, open a record, follow a permalink; autocomplete and copy buttons come from app.js.
 * Screenshots go to {@code search-web/target/screenshots/}.
 */
class SearchBrowserIT {

  @TempDir static Path indexDir;
  @TempDir static Path seedWork; // the index in seedWork/index: its report goes beside it
  @TempDir static Path emptyCorpus;
  @TempDir static Path profile;
  static TestServer enriched;
  static TestServer seed;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    TestIndex idx = TestIndex.create();
    idx.record("cc-2024-01.txt", "minutes", "Coordination Committee/2024-01-30", "2024-01-30")
        .passage(
            "5.1",
            "Australia reported on clearance under Article 4.",
            "speaker",
            "Australia",
            "article",
            "Article 4")
        .passage(
            "5.2",
            "Peru and Australia discussed transparency reporting under Article 7.",
            "speaker",
            "Peru",
            "speaker",
            "Australia",
            "article",
            "Article 7")
        .decision(
            "5.3",
            "The Committee agreed to the extension request under Article 4.",
            "article",
            "Article 4");
    idx.record("cc-2024-06.txt", "minutes", "Coordination Committee/2024-06-12", "2024-06-12")
        .passage("1", "Norway spoke on universalization and transparency.", "speaker", "Norway")
        .passage(
            "2",
            "Australia raised Article 7 transparency reporting again.",
            "speaker",
            "Australia",
            "article",
            "Article 7");
    idx.write(indexDir);
    enriched = TestServer.over(indexDir, emptyCorpus);
    seed = TestServer.start(TestCorpus.seedCorpus(), seedWork.resolve("index"));
    driver = Browser.start(profile);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (enriched != null) {
      enriched.close();
    }
    if (seed != null) {
      seed.close();
    }
  }

  /** The result summary, once the results page has loaded (a submit may still be under way). */
  private static String summary() throws InterruptedException {
    Browser.waitFor(() -> !driver.findElements(By.cssSelector(".summary")).isEmpty());
    return driver.findElement(By.cssSelector(".summary")).getText();
  }

  /** Waits until the address holds {@code part}: the navigation an action started is done. */
  private static String urlWith(String part) throws InterruptedException {
    Browser.waitFor(() -> driver.getCurrentUrl().contains(part));
    return driver.getCurrentUrl();
  }

  private static WebElement facet(String dim, String value) {
    return driver.findElement(
        By.cssSelector("a.facet-value[data-dim='" + dim + "'][data-value='" + value + "']"));
  }

  @Test
  void searchChooseSpeakerAndArticleSetDatesOpenRecordFollowPermalink() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(enriched.base() + "/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("transparency", Keys.ENTER);
    urlWith("q=transparency");
    assertThat(summary()).contains("3 paragraphs");
    Browser.screenshot(driver, "01-query");

    facet("speaker", "Australia").click();
    assertThat(urlWith("speaker=Australia")).contains("speaker=Australia");
    assertThat(summary()).contains("2 paragraphs");
    // Drill-sideways: the other speakers are still offered with their own counts.
    assertThat(facet("speaker", "Norway").getText()).contains("1");

    // Keyboard: a facet value is a link, so Enter chooses it.
    facet("article", "Article 7").sendKeys(Keys.ENTER);
    assertThat(urlWith("article=Article+7")).contains("article=Article+7");
    assertThat(summary()).contains("2 paragraphs");
    Browser.screenshot(driver, "02-speaker-and-article");

    setDate("from", "2024-01-01");
    setDate("to", "2024-03-31");
    driver.findElement(By.cssSelector(".date-range button[type=submit]")).click();
    assertThat(urlWith("to=2024-03-31")).contains("from=2024-01-01").contains("to=2024-03-31");
    assertThat(summary()).contains("1 record").contains("1 paragraph");
    Browser.screenshot(driver, "03-date-range");

    driver.navigate().back();
    Browser.waitFor(() -> !driver.getCurrentUrl().contains("from="));
    assertThat(driver.getCurrentUrl()).doesNotContain("from=");
    driver.navigate().forward();
    assertThat(urlWith("from=2024-01-01")).contains("from=2024-01-01");

    driver.findElement(By.cssSelector("li.hit h2 a")).click();
    urlWith("/doc/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("cc-2024-01.txt");
    assertThat(driver.findElements(By.cssSelector("#p2 mark"))).isNotEmpty();
    Browser.screenshot(driver, "04-record");

    driver.findElement(By.cssSelector("#p3 a.anchor")).click();
    assertThat(driver.getCurrentUrl()).endsWith("#p3");
    Object target =
        ((JavascriptExecutor) driver).executeScript("return document.querySelector(':target').id");
    assertThat(target).isEqualTo("p3");
    driver.findElement(By.cssSelector("#p3 details.tools summary")).click();
    WebElement copy = driver.findElement(By.cssSelector("#p3 button.copy"));
    assertThat(copy.isDisplayed()).as("app.js shows the copy button").isTrue();
    assertThat(driver.findElement(By.id("cite-p3")).getText())
        .isEqualTo("Coordination Committee, minutes of 30 January 2024, para. 5.3 (p. 1)");
    Browser.screenshot(driver, "05-permalink");
  }

  /**
   * Types into a date input as a person would, falling back to setting it if the locale differs.
   */
  private static void setDate(String id, String iso) {
    WebElement input = driver.findElement(By.id(id));
    String[] p = iso.split("-");
    input.sendKeys(p[1] + p[2] + p[0]);
    if (!iso.equals(input.getDomProperty("value"))) {
      System.err.println("date input did not take typed " + iso + "; setting its value instead");
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, iso);
    }
  }

  @Test
  void speakerAutocompleteOffersIndexedValues() throws Exception {
    driver.get(enriched.base() + "/?q=");
    WebElement add = driver.findElement(By.id("add-speaker"));
    add.sendKeys("No");
    boolean filled =
        Browser.waitFor(
            () ->
                !driver
                    .findElements(By.cssSelector("#values-speaker option[value=Norway]"))
                    .isEmpty());
    assertThat(filled).as("datalist filled from /api/facets/speaker").isTrue();
    add.sendKeys("rway", Keys.ENTER);
    assertThat(urlWith("speaker=Norway")).contains("speaker=Norway");
    assertThat(summary()).contains("1 paragraph");
  }

  @Test
  void seedCorpusSearchFacetRecordAndPermalinkOnAPhone() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      driver.get(seed.base() + "/");
      driver.findElement(By.id("q")).sendKeys("stigmatization", Keys.ENTER);
      urlWith("q=stigmatization");
      assertThat(summary()).contains("3 paragraphs");
      // On a phone the filters are folded behind one button (issue 15): open them first.
      driver.findElement(By.cssSelector("button.filters-toggle")).click();
      facet("format", "DOCX").click();
      assertThat(urlWith("format=DOCX")).contains("format=DOCX");
      assertThat(summary()).contains("3 paragraphs");
      Browser.screenshot(driver, "06-seed-phone-results");
      driver.findElement(By.cssSelector("li.hit .passage a.anchor")).click();
      assertThat(urlWith("/doc/")).contains("/doc/cc-minutes-30-january-2024.docx");
      String anchor = driver.getCurrentUrl().replaceFirst(".*#", "");
      Object target =
          ((JavascriptExecutor) driver)
              .executeScript("return document.querySelector(':target').id");
      assertThat(target).isEqualTo(anchor);
      assertThat(driver.findElements(By.cssSelector("#" + anchor + " mark"))).isNotEmpty();
      Browser.screenshot(driver, "07-seed-phone-record");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }
}
