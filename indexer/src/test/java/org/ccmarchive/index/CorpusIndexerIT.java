package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerIT {

  @Test
  void brokenFilesAreReportedAndSkippedWhileTheRestIsIndexed(
      @TempDir Path corpus, @TempDir Path work) throws Exception {
    Files.copy(
        TestCorpus.resource("formats/CC-Minutes-30-January-2024.docx"),
        corpus.resolve("good.docx"));
    Files.write(corpus.resolve("empty.pdf"), new byte[0]);
    Files.writeString(corpus.resolve("corrupt.pdf"), "%PDF-1.7\nthis is not really a PDF\n");
    byte[] noise = new byte[4096];
    new java.util.Random(42).nextBytes(noise);
    Files.write(corpus.resolve("noise.docx"), noise);
    Files.writeString(corpus.resolve(".hidden.txt"), "never indexed");

    IndexReport report = TestCorpus.index(corpus, work.resolve("index"));

    assertThat(report.indexed()).isEqualTo(1);
    assertThat(report.failures())
        .extracting(IndexReport.Failure::file)
        .containsExactlyInAnyOrder("empty.pdf", "corrupt.pdf", "noise.docx");
    assertThat(report.failures())
        .filteredOn(f -> f.file().equals("empty.pdf"))
        .extracting(IndexReport.Failure::reason)
        .containsExactly("empty file");
    assertThat(report.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
  }

  @Test
  void sidecarsAndHiddenFilesAreNotRecords(@TempDir Path corpus) throws Exception {
    Files.writeString(corpus.resolve("manifest.csv"), "file,title\n");
    Files.writeString(corpus.resolve("a.txt.meta.json"), "{}");
    Files.createDirectories(corpus.resolve(".git"));
    Files.writeString(corpus.resolve(".git/config"), "x");
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    assertThat(CorpusFiles.list(corpus))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.txt");
  }
}
