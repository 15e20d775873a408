package org.ccmarchive.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given explicitly,
 * so Selenium Manager (which would download a browser or driver) never runs.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser() {}

  /** Skips the calling test, loudly, when Chromium or its driver is not installed. */
  static void assumeInstalled() {
    boolean ok = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!ok) {
      System.err.println(
          "\n########################################################\n"
              + "SKIPPING browser tests: "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing.\nInstall Debian's chromium and chromium-driver (./ccm test does it"
              + " as root).\n########################################################\n");
    }
    Assumptions.assumeTrue(ok, "chromium or chromium-driver missing");
  }

  static ChromeDriver start(Path profile) {
    return start(profile, new ChromeOptions());
  }

  /** A browser that saves every download into {@code downloads} without asking. */
  static ChromeDriver startDownloadingTo(Path profile, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory", downloads.toAbsolutePath().toString(),
            "download.prompt_for_download", false,
            "download.directory_upgrade", true,
            "safebrowsing.enabled", false));
    ChromeDriver driver = start(profile, options);
    // Headless Chromium ignores the download preference unless told through DevTools as well.
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of(
            "behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    return driver;
  }

  private static ChromeDriver start(Path profile, ChromeOptions options) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-US",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  static void screenshot(ChromeDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SCREENSHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Polls until the condition holds or 15 seconds pass (generous: CI machines can be busy). */
  static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }
}
