package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

  @Test
  void theWalkReadsEachFilesSizeTimeAndSidecarAndSkipsHiddenFolders(@TempDir Path corpus)
      throws Exception {
    Path minutes = Files.writeString(corpus.resolve("minutes.txt"), "Minutes of the meeting.\n");
    Files.writeString(corpus.resolve("minutes.txt.meta.json"), "{\"title\": \"Minutes\"}");
    Path statement = Files.writeString(corpus.resolve("statement.txt"), "A statement.\n");
    Files.setLastModifiedTime(statement, FileTime.fromMillis(1_700_000_000_000L));
    Files.createDirectories(corpus.resolve(".git"));
    Files.writeString(corpus.resolve(".git/config.txt"), "not a record\n");
    Files.createSymbolicLink(corpus.resolve("copy.txt"), statement);

    assertThat(CorpusFiles.scan(corpus))
        .containsExactly(
            new CorpusFiles.Found(corpus.resolve("copy.txt"), 13, 1_700_000_000_000L, false),
            new CorpusFiles.Found(minutes, 24, Files.getLastModifiedTime(minutes).toMillis(), true),
            new CorpusFiles.Found(statement, 13, 1_700_000_000_000L, false));
  }

  @Test
  void aWalkOfOneFolderFindsWhatTheWholeWalkFindsThere(@TempDir Path corpus) throws Exception {
    Files.createDirectories(corpus.resolve("east"));
    Files.createDirectories(corpus.resolve("west"));
    Files.createDirectories(corpus.resolve(".cache/east"));
    Path east = Files.writeString(corpus.resolve("east/note.txt"), "A note on wombats.\n");
    Path west = Files.writeString(corpus.resolve("west/note.txt"), "A note on numbats.\n");
    Files.writeString(corpus.resolve(".cache/east/note.txt"), "not a record\n");
    Files.createSymbolicLink(corpus.resolve("east/link.txt"), west);

    assertThat(CorpusFiles.scan(corpus, corpus.resolve("east")))
        .extracting(CorpusFiles.Found::path)
        .containsExactly(corpus.resolve("east/link.txt"), east);
    assertThat(CorpusFiles.scan(corpus, corpus.resolve(".cache/east"))).isEmpty();
  }
}
