package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.web.security.AccessManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff in headless Chromium: sign in on the admin page, upload a PDF report larger than the 4 MB a
 * token form field allows, find it by search, and delete a saved search from the list after
 * answering the question, each outcome announced and focused.
 */
class AdminBrowserIT {

  private static final String TOKEN = "browser staff token for the admin page";
  private static final String REPORT = "annual-report-2025.pdf";

  @RegisterExtension
  static final BrowserSite site =
      BrowserSite.of(
          work -> {
            Path corpus = Files.createDirectories(work.resolve("corpus"));
            Files.writeString(
                corpus.resolve("minutes.txt"), "Minutes of the meeting on clearance.");
            return TestServer.startWithAdmin(
                corpus, work.resolve("index"), TOKEN, 16L * 1024 * 1024);
          });

  @Test
  void staffSignInUploadALargeReportFindItAndDeleteASavedSearch() throws Exception {
    assertThat(
            site.server()
                .postForm(
                    "/saved", "name=Pangolin+watch&q=pangolin", "Origin", site.server().base())
                .statusCode())
        .isEqualTo(303);

    site.driver().get(site.server().base() + "/admin");
    assertThat(site.driver().findElements(By.cssSelector("input[type=file]"))).isEmpty();
    // A mistyped token: the sign-in form again, saying so.
    site.driver().findElement(By.id("token")).sendKeys("a mistyped staff token");
    site.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    assertThat(
            Browser.waitFor(
                () ->
                    site.driver().findElements(By.id("status")).stream()
                        .anyMatch(s -> s.getText().contains("That is not the admin token."))))
        .isTrue();
    site.driver().findElement(By.id("token")).sendKeys(TOKEN);
    site.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    assertThat(Browser.waitFor(() -> !site.driver().findElements(By.id("file")).isEmpty()))
        .isTrue();
    Browser.screenshot(site.driver(), "admin-1-signed-in");
    assertAccessible("signed-in admin page");

    Path pdf = site.work().resolve(REPORT);
    Files.write(
        pdf,
        ReportPdf.of(
            "Annual report of the pangolin sanctuary",
            List.of(
                "Clearance of the pangolin sanctuary was completed in the spring.",
                "The survey teams thank the rangers for their guidance."),
            5L * 1024 * 1024));
    assertThat(Files.size(pdf)).isGreaterThan(AccessManager.MAX_TOKEN_FORM_BYTES);
    site.driver().findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
    site.driver().findElement(By.id("title")).sendKeys("Pangolin sanctuary annual report");
    site.driver().findElement(By.id("language")).sendKeys("en");
    site.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
    assertThat(Browser.waitFor(() -> !site.driver().findElements(By.id("status")).isEmpty()))
        .isTrue();
    WebElement outcome = site.driver().findElement(By.id("status"));
    assertThat(outcome.getAttribute("role")).isEqualTo("status");
    assertThat(outcome.getText()).contains("Uploaded " + REPORT + ".");
    assertThat(site.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("status");
    Browser.screenshot(site.driver(), "admin-2-uploaded");
    assertAccessible("upload outcome");

    String id = RecordIds.forPath(Path.of(REPORT));
    site.driver().get(site.server().base() + "/?q=pangolin");
    WebElement found = site.driver().findElement(By.cssSelector("li.hit h2 a"));
    assertThat(found.getText()).isEqualTo("Pangolin sanctuary annual report");
    assertThat(found.getAttribute("href")).contains("/doc/" + id);

    site.driver().get(site.server().base() + "/saved");
    assertThat(site.driver().findElement(By.cssSelector("p.note")).getText())
        .contains("signed in as staff");
    assertAccessible("saved searches for staff");
    WebElement delete = site.driver().findElement(By.cssSelector("#pangolin-watch a.delete"));
    assertThat(delete.getAccessibleName()).isEqualTo("Delete “Pangolin watch”");
    delete.click();
    assertThat(
            Browser.waitFor(
                () -> site.driver().getCurrentUrl().endsWith("/saved/pangolin-watch/delete")))
        .isTrue();
    assertThat(site.driver().findElement(By.id("delete-question")).getText())
        .contains("“Pangolin watch”");
    Browser.screenshot(site.driver(), "admin-3-delete-question");
    assertAccessible("delete question");
    site.driver().findElement(By.cssSelector("form.delete-saved button[type=submit]")).click();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().contains("/saved?deleted=1")))
        .isTrue();
    assertThat(site.driver().findElement(By.id("status")).getText())
        .isEqualTo("The saved search has been deleted.");
    assertThat(site.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("status");
    assertThat(site.driver().findElements(By.id("pangolin-watch"))).isEmpty();
    Browser.screenshot(site.driver(), "admin-4-deleted");
    assertAccessible("deletion outcome");

    site.driver().get(site.server().base() + "/admin");
    site.driver().findElement(By.cssSelector("form.sign-out button[type=submit]")).click();
    assertThat(Browser.waitFor(() -> !site.driver().findElements(By.id("token")).isEmpty()))
        .isTrue();
  }

  /** No WCAG 2.1 A/AA violation on the page now loaded. */
  private static void assertAccessible(String page) throws Exception {
    Axe axe = Axe.load();
    axe.inject(site.driver());
    List<String> violations = axe.violations(site.driver());
    assertThat(violations).as(page + ":\n" + String.join("\n", violations)).isEmpty();
  }
}
