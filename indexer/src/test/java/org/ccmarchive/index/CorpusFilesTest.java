package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a corpus folder are candidate records. */
class CorpusFilesTest {

  @Test
  void linksArePlainFilesInsideTheCorpusAndSkippedWhenTheyLeadOutOfIt(
      @TempDir Path corpus, @TempDir Path elsewhere) throws Exception {
    Files.writeString(corpus.resolve("minutes.txt"), "Minutes of the meeting.\n");
    Files.createDirectories(corpus.resolve("2024"));
    Files.writeString(corpus.resolve("2024/statement.txt"), "A statement.\n");
    Files.writeString(corpus.resolve("manifest.csv"), "file,title\n");
    Files.writeString(corpus.resolve(".hidden.txt"), "not a record\n");
    Files.writeString(elsewhere.resolve("secret.txt"), "outside the corpus\n");
    Files.createSymbolicLink(corpus.resolve("copy.txt"), corpus.resolve("minutes.txt"));
    Files.createSymbolicLink(corpus.resolve("leak.txt"), elsewhere.resolve("secret.txt"));
    Files.createSymbolicLink(corpus.resolve("outside"), elsewhere);

    assertThat(CorpusFiles.list(corpus))
        .containsExactly(
            corpus.resolve("2024/statement.txt"),
            corpus.resolve("copy.txt"),
            corpus.resolve("minutes.txt"));
  }
}
