package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.ccmarchive.enrich.Sidecar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus digest changes with everything that decides whether a run has work to do. */
class CorpusStateTest {

  private static final long MAX_BYTES = 1 << 20;

  private static String digest(Path corpus) throws Exception {
    return CorpusState.read(corpus, Sidecar.loadOrUnreadable(corpus), MAX_BYTES).digest();
  }

  private static Path corpus(Path dir) throws Exception {
    Files.writeString(dir.resolve("minutes.txt"), "Minutes on wombat clearance.\n");
    Files.createDirectories(dir.resolve("2024"));
    Files.writeString(dir.resolve("2024/statement.txt"), "A statement on numbats.\n");
    Files.writeString(dir.resolve("manifest.csv"), "file,title\nminutes.txt,Wombat minutes\n");
    for (Path p : List.of(dir.resolve("minutes.txt"), dir.resolve("2024/statement.txt"))) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(1_700_000_000_000L));
    }
    return dir;
  }

  @Test
  void theSameCorpusGivesTheSameDigestAndAnUnrelatedFolderChangeNone(@TempDir Path dir)
      throws Exception {
    Path corpus = corpus(dir);
    String before = digest(corpus);
    Files.createDirectories(corpus.resolve(".cache"));
    Files.writeString(corpus.resolve(".cache/x.txt"), "hidden, never a record\n");
    assertThat(digest(corpus)).isEqualTo(before).hasSize(64);
  }

  @Test
  void aFileAddedRemovedOrRenamedChangesTheDigest(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    String start = digest(corpus);

    Path added = Files.writeString(corpus.resolve("new.txt"), "A new note.\n");
    String withNew = digest(corpus);
    assertThat(withNew).isNotEqualTo(start);

    Files.delete(added);
    assertThat(digest(corpus)).isEqualTo(start);

    Files.move(corpus.resolve("2024/statement.txt"), corpus.resolve("2024/renamed.txt"));
    assertThat(digest(corpus)).isNotEqualTo(start);
  }

  @Test
  void aFilesSizeOrModificationTimeChangesTheDigest(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    Path minutes = corpus.resolve("minutes.txt");
    String start = digest(corpus);

    Files.setLastModifiedTime(minutes, FileTime.fromMillis(1_700_000_000_001L));
    assertThat(digest(corpus)).isNotEqualTo(start);

    Files.writeString(minutes, "Minutes on wombat clearance, longer.\n");
    Files.setLastModifiedTime(minutes, FileTime.fromMillis(1_700_000_000_000L));
    assertThat(digest(corpus)).isNotEqualTo(start);
  }

  @Test
  void aChangedManifestRowOrMetaFileChangesTheDigest(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    String start = digest(corpus);

    Files.writeString(corpus.resolve("manifest.csv"), "file,title\nminutes.txt,Other title\n");
    String otherRow = digest(corpus);
    assertThat(otherRow).isNotEqualTo(start);

    Path meta = corpus.resolve("2024/statement.txt.meta.json");
    Files.writeString(meta, "{\"title\": \"Numbat statement\"}");
    String withMeta = digest(corpus);
    assertThat(withMeta).isNotEqualTo(otherRow);

    Files.writeString(meta, "{\"title\": \"Bilby statement\"}");
    assertThat(digest(corpus)).isNotEqualTo(withMeta);
  }

  @Test
  void theSizeLimitForReadingFilesIsPartOfTheDigest(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    Sidecar sidecar = Sidecar.loadOrUnreadable(corpus);
    assertThat(CorpusState.read(corpus, sidecar, 10).digest())
        .isNotEqualTo(CorpusState.read(corpus, sidecar, MAX_BYTES).digest());
  }

  @Test
  void aSettledStateReadsBackFromTheCommitsUserData() {
    CorpusState.Settled settled =
        new CorpusState.Settled(
            "abc",
            7,
            List.of(
                new IndexedFiles.Entry(null, "a/broken.pdf", null, -1, -1, "unreadable: x", null),
                new IndexedFiles.Entry(null, "empty.docx", null, -1, -1, "no text", null)));
    assertThat(CorpusState.Settled.of(settled.userData())).contains(settled);
    assertThat(CorpusState.Settled.of(java.util.Map.of(IndexSchema.VERSION_KEY, "2"))).isEmpty();
    CorpusState.Settled none = new CorpusState.Settled("abc", 0, List.of());
    assertThat(CorpusState.Settled.of(none.userData())).contains(none);
  }
}
