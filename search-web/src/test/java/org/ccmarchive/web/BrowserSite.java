package org.ccmarchive.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.testing.TempFolders;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A started site and a headless Chromium for a browser test class, both stopped after it, in a
 * folder of their own: {@code @RegisterExtension static final BrowserSite site =
 * BrowserSite.seed();}, then {@code site.server()} and {@code site.driver()}. Skips the class,
 * loudly, when Chromium is not installed. Runs before the class's own {@code @BeforeAll} methods.
 */
final class BrowserSite implements BeforeAllCallback, AfterAllCallback {

  /** Starts the site; {@code work} is an empty folder of this class's own (corpus, index…). */
  interface Starter {
    TestServer start(Path work) throws Exception;
  }

  private final Starter starter;
  private final boolean savingDownloads;
  private Path work;
  private TestServer server;
  private ChromeDriver driver;

  private BrowserSite(Starter starter, boolean savingDownloads) {
    this.starter = starter;
    this.savingDownloads = savingDownloads;
  }

  /** The site over the seed corpus. */
  static BrowserSite seed() {
    return of(work -> TestServer.start(TestCorpus.seedCorpus(), work.resolve("index")));
  }

  static BrowserSite of(Starter starter) {
    return new BrowserSite(starter, false);
  }

  /** The same, with a browser that saves every download into {@link #downloads()}. */
  BrowserSite savingDownloads() {
    return new BrowserSite(starter, true);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Browser.assumeInstalled();
    work = Files.createTempDirectory("ccm-browser");
    server = starter.start(work);
    Path profile = work.resolve("profile");
    driver =
        savingDownloads
            ? Browser.startDownloadingTo(profile, Files.createDirectories(downloads()))
            : Browser.start(profile);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      try {
        if (server != null) {
          server.close();
        }
      } finally {
        if (work != null) {
          TempFolders.delete(work);
        }
      }
    }
  }

  TestServer server() {
    return server;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** This class's own folder, where the site was started. */
  Path work() {
    return work;
  }

  Path downloads() {
    return work.resolve("downloads");
  }
}
