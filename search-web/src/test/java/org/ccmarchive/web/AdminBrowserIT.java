package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.web.security.AccessManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Staff in headless Chromium: sign in on the admin page, upload a PDF report larger than the 4 MB a
 * token form field allows, find it by search, and delete a saved search from the list after
 * answering the question, each outcome announced and focused.
 */
class AdminBrowserIT {

  private static final String TOKEN = "browser staff token for the admin page";
  private static final String REPORT = "annual-report-2025.pdf";

  @TempDir static Path corpus;
  @TempDir static Path data;
  @TempDir static Path profile;
  static TestServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    Files.writeString(corpus.resolve("minutes.txt"), "Minutes of the meeting on clearance.");
    server = TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, 16L * 1024 * 1024);
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
  void staffSignInUploadALargeReportFindItAndDeleteASavedSearch() throws Exception {
    assertThat(
            server
                .postForm("/saved", "name=Pangolin+watch&q=pangolin", "Origin", server.base())
                .statusCode())
        .isEqualTo(303);

    driver.get(server.base() + "/admin");
    assertThat(driver.findElements(By.cssSelector("input[type=file]"))).isEmpty();
    driver.findElement(By.id("token")).sendKeys(TOKEN);
    driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    assertThat(Browser.waitFor(() -> !driver.findElements(By.id("file")).isEmpty())).isTrue();
    Browser.screenshot(driver, "admin-1-signed-in");
    assertAccessible("signed-in admin page");

    Path pdf = data.resolve(REPORT);
    Files.write(
        pdf,
        ReportPdf.of(
            "Annual report of the pangolin sanctuary",
            List.of(
                "Clearance of the pangolin sanctuary was completed in the spring.",
                "The survey teams thank the rangers for their guidance."),
            5L * 1024 * 1024));
    assertThat(Files.size(pdf)).isGreaterThan(AccessManager.MAX_TOKEN_FORM_BYTES);
    driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
    driver.findElement(By.id("title")).sendKeys("Pangolin sanctuary annual report");
    driver.findElement(By.id("language")).sendKeys("en");
    driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
    assertThat(Browser.waitFor(() -> !driver.findElements(By.id("status")).isEmpty())).isTrue();
    WebElement outcome = driver.findElement(By.id("status"));
    assertThat(outcome.getAttribute("role")).isEqualTo("status");
    assertThat(outcome.getText()).contains("Uploaded " + REPORT + ".");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("status");
    Browser.screenshot(driver, "admin-2-uploaded");
    assertAccessible("upload outcome");

    String id = RecordIds.forPath(Path.of(REPORT));
    driver.get(server.base() + "/?q=pangolin");
    WebElement found = driver.findElement(By.cssSelector("li.hit h2 a"));
    assertThat(found.getText()).isEqualTo("Pangolin sanctuary annual report");
    assertThat(found.getAttribute("href")).contains("/doc/" + id);

    driver.get(server.base() + "/saved");
    assertThat(driver.findElement(By.cssSelector("p.note")).getText())
        .contains("signed in as staff");
    assertAccessible("saved searches for staff");
    WebElement delete = driver.findElement(By.cssSelector("#pangolin-watch a.delete"));
    assertThat(delete.getAccessibleName()).isEqualTo("Delete “Pangolin watch”");
    delete.click();
    assertThat(
            Browser.waitFor(() -> driver.getCurrentUrl().endsWith("/saved/pangolin-watch/delete")))
        .isTrue();
    assertThat(driver.findElement(By.id("delete-question")).getText()).contains("“Pangolin watch”");
    Browser.screenshot(driver, "admin-3-delete-question");
    assertAccessible("delete question");
    driver.findElement(By.cssSelector("form.delete-saved button[type=submit]")).click();
    assertThat(Browser.waitFor(() -> driver.getCurrentUrl().contains("/saved?deleted=1"))).isTrue();
    assertThat(driver.findElement(By.id("status")).getText())
        .isEqualTo("The saved search has been deleted.");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("status");
    assertThat(driver.findElements(By.id("pangolin-watch"))).isEmpty();
    Browser.screenshot(driver, "admin-4-deleted");
    assertAccessible("deletion outcome");

    driver.get(server.base() + "/admin");
    driver.findElement(By.cssSelector("form.sign-out button[type=submit]")).click();
    assertThat(Browser.waitFor(() -> !driver.findElements(By.id("token")).isEmpty())).isTrue();
  }

  /** No WCAG 2.1 A/AA violation on the page now loaded. */
  private static void assertAccessible(String page) throws Exception {
    Axe axe = Axe.load();
    axe.inject(driver);
    List<String> violations = axe.violations(driver);
    assertThat(violations).as(page + ":\n" + String.join("\n", violations)).isEmpty();
  }
}
