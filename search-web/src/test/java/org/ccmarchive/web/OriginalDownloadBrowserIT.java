package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Headless Chromium clicks "Download the original" on the page of every seed record; each saved
 * file must equal the corpus file byte for byte (Chromium offers gzip, as every browser does).
 */
class OriginalDownloadBrowserIT {

  @TempDir static Path indexDir;
  @TempDir static Path profile;
  @TempDir static Path downloads;
  static TestServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = TestServer.start(TestCorpus.seedCorpus(), indexDir);
    driver = Browser.startDownloadingTo(profile, downloads);
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

  /** True once Chromium has finished writing {@code name} (no partial download left). */
  private static boolean saved(String name) {
    try (Stream<Path> files = Files.list(downloads)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      return names.contains(name) && names.stream().noneMatch(n -> n.endsWith(".crdownload"));
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void everyDownloadLinkSavesTheOriginalByteForByte() throws Exception {
    List<Path> files = OriginalDownloadWebIT.seedFiles();
    assertThat(files).hasSizeGreaterThan(5);
    for (Path file : files) {
      String name = file.getFileName().toString();
      driver.get(server.base() + "/doc/" + RecordIds.forPath(file.getFileName()));
      driver.findElement(By.cssSelector("a.download")).click();
      assertThat(Browser.waitFor(() -> saved(name))).as(name + " saved").isTrue();
      assertThat(Files.readAllBytes(downloads.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(file));
    }
  }
}
