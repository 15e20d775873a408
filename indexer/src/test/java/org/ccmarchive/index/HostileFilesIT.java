package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.extract.IsolatedExtractor;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.testing.HostileFiles;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileFilesIT {

  @Test
  void eachHostileFileIsSkippedWithItsReasonAndTheRestIsIndexed(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    Files.copy(
        TestCorpus.seedCorpus().resolve("Concept-Note-Intersessional-Meeting-2025.pdf"),
        corpus.resolve("concept-note.pdf"));
    Files.copy(
        TestCorpus.resource("formats/CC-Minutes-30-January-2024.docx"),
        corpus.resolve("minutes-docx-named.pdf"));
    HostileFiles.huge(corpus.resolve("huge.pdf"), 500L * 1024 * 1024);
    HostileFiles.zipBomb(corpus.resolve("bomb.docx"), 64);
    HostileFiles.endlessPdf(corpus.resolve("endless.pdf"), 40);
    HostileFiles.encryptedPdf(corpus.resolve("locked.pdf"), "Secret minutes");
    HostileFiles.png(corpus.resolve("picture.pdf"));
    Files.write(corpus.resolve("empty.docx"), new byte[0]);
    HostileFiles.noise(corpus.resolve("noise.pdf"), 100_000, 7);

    var limits =
        new IsolatedExtractor.Limits(
            Duration.ofSeconds(15), 256, 200L * 1024 * 1024, DocumentExtractor.DEFAULT_MAX_CHARS);
    IndexOptions options = IndexOptions.defaults().withThreads(2).withLimits(limits);
    IndexReport report = TestCorpus.run(corpus, data.resolve("index"), options);

    Map<String, String> reasons =
        report.failures().stream()
            .collect(Collectors.toMap(IndexReport.Failure::file, IndexReport.Failure::reason));
    System.out.println("hostile files: " + reasons);
    assertThat(reasons.get("huge.pdf")).startsWith("file too large: 500 MB");
    assertThat(reasons.get("bomb.docx")).contains("zip bomb");
    assertThat(reasons.get("endless.pdf")).matches("time limit exceeded.*|out of memory.*");
    assertThat(reasons.get("locked.pdf")).isEqualTo("encrypted or password-protected");
    assertThat(reasons.get("picture.pdf")).isEqualTo("unsupported format: image/png (named .pdf)");
    assertThat(reasons.get("empty.docx")).isEqualTo("empty file");
    assertThat(reasons.get("noise.pdf")).startsWith("unreadable or corrupt file");
    assertThat(reasons).hasSize(7);
    assertThat(report.added()).isEqualTo(2);
    try (LuceneArchiveIndex search =
        LuceneArchiveIndex.open(data.resolve("index"), new IndexSchema(), TestLimits.unhurried())) {
      assertThat(IncrementalIndexingIT.ids(search, "stigmatization"))
          .containsExactly("minutes-docx-named.pdf");
      assertThat(IncrementalIndexingIT.ids(search, "intersessional")).contains("concept-note.pdf");
    }

    // Unchanged broken files are remembered, not parsed again.
    IndexReport again = TestCorpus.run(corpus, data.resolve("index"), options);
    assertThat(again.parsed()).isZero();
    assertThat(again.failures()).hasSize(7).allMatch(IndexReport.Failure::earlier);
  }
}
