package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ccmarchive.record.RecordIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Headless Chromium clicks "Download the original" on the page of every seed record; each saved
 * file must equal the corpus file byte for byte (Chromium offers gzip, as every browser does).
 */
class OriginalDownloadBrowserIT {

  @RegisterExtension static final BrowserSite site = BrowserSite.seed().savingDownloads();

  /** True once Chromium has finished writing {@code name} (no partial download left). */
  private static boolean saved(String name) {
    try (Stream<Path> files = Files.list(site.downloads())) {
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
      site.driver().get(site.server().base() + "/doc/" + RecordIds.forPath(file.getFileName()));
      site.driver().findElement(By.cssSelector("a.download")).click();
      assertThat(Browser.waitFor(() -> saved(name))).as(name + " saved").isTrue();
      assertThat(Files.readAllBytes(site.downloads().resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(file));
    }
  }
}
