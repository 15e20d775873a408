package org.ccmarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image-only PDF becomes searchable through OCR when Tesseract is installed, and is reported
 * clearly ("no text layer; OCR unavailable") when it is not.
 */
class ScannedPdfOcrIT {

  private static final String SCANNED = "Concept-Note-Intersessional-Meeting-2025-scanned.pdf";

  @Test
  void scannedRecordIsSearchableByAPhraseFromItsFirstPage(@TempDir Path corpus, @TempDir Path data)
      throws Exception {
    Files.copy(TestCorpus.resource("scanned/" + SCANNED), corpus.resolve(SCANNED));
    Files.copy(
        TestCorpus.seedCorpus().resolve("Concept-Note-Intersessional-Meeting-2025.pdf"),
        corpus.resolve("text-layer.pdf"));
    boolean tesseract = Ocr.defaults().available();
    if (!tesseract) {
      System.err.println(
          "######## ScannedPdfOcrIT: tesseract is not installed: checking the report only ########");
    }

    // English only: each extra language pack makes Tesseract markedly slower on this 2-core box.
    IndexOptions options =
        IndexOptions.defaults().withThreads(2).withOcr(new Ocr(true, java.util.List.of("eng")));
    IndexReport report = TestCorpus.run(corpus, data.resolve("index"), options);

    if (!tesseract) {
      assertThat(report.failures())
          .containsExactly(new IndexReport.Failure(SCANNED, "no text layer; OCR unavailable"));
      return;
    }
    // only the scanned file is OCR'd: the one with a text layer is read as text
    assertThat(report.ocr()).containsExactly(SCANNED);
    assertThat(report.failures()).isEmpty();
    try (LuceneArchiveIndex search =
        LuceneArchiveIndex.open(data.resolve("index"), new IndexSchema(), TestLimits.unhurried())) {
      var hits =
          search.search(new SearchRequest("\"matters pertaining to progress\"", 1, 10)).hits();
      assertThat(hits)
          .extracting(h -> h.record().id())
          .contains("concept-note-intersessional-meeting-2025-scanned.pdf");
    }
  }

  @Test
  void withOcrSwitchedOffTheScannedRecordIsReportedNotIndexed(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    Files.copy(TestCorpus.resource("scanned/" + SCANNED), corpus.resolve(SCANNED));
    IndexReport report =
        TestCorpus.run(corpus, data.resolve("index"), IndexOptions.defaults().withOcr(Ocr.off()));
    assertThat(report.failures())
        .containsExactly(new IndexReport.Failure(SCANNED, "no text layer; OCR switched off"));
  }
}
