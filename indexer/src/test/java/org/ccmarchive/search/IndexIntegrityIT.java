package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ccmarchive.index.IndexIntegrity;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.LiveIndex;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged copy of a good index is refused at open with a message that says how to rebuild. */
class IndexIntegrityIT {

  @TempDir static Path work;
  static Path good;

  @BeforeAll
  static void index() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.copy(
        TestCorpus.seedCorpus().resolve("CC-Minutes-30-January-2024.docx"),
        corpus.resolve("minutes.docx"));
    good = work.resolve("good");
    TestCorpus.index(corpus, good);
  }

  private static Path copy(String name) throws IOException {
    Path target = Files.createDirectories(work.resolve(name));
    try (Stream<Path> files = Files.list(good)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
    }
    return target;
  }

  /** The largest file of the index: segment data, where a flipped byte is a real corruption. */
  private static Path largestFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted =
          files
              .filter(f -> !f.getFileName().toString().equals("write.lock"))
              .sorted(Comparator.comparingLong(IndexIntegrityIT::size).reversed())
              .toList();
      return sorted.getFirst();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void intactIndexOpensAndSearches() throws Exception {
    try (LuceneArchiveIndex s =
        LuceneArchiveIndex.open(copy("intact"), new IndexSchema(), TestLimits.unhurried())) {
      assertThat(s.search(SearchRequest.of("stigmatization")).hits()).isNotEmpty();
    }
  }

  @Test
  void flippedByteIsRefusedWithARebuildHint() throws Exception {
    Path dir = copy("flipped");
    flipByteInTheMiddle(largestFile(dir));
    assertThatThrownBy(
            () -> LuceneArchiveIndex.open(dir, new IndexSchema(), TestLimits.unhurried()))
        .isInstanceOf(IndexIntegrity.DamagedIndexException.class)
        .hasMessageContaining("is damaged")
        .hasMessageContaining("./ccm index --full");
  }

  @Test
  void truncatedFileIsRefusedWithARebuildHint() throws Exception {
    Path dir = copy("truncated");
    Path victim = largestFile(dir);
    try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    assertThatThrownBy(
            () -> LuceneArchiveIndex.open(dir, new IndexSchema(), TestLimits.unhurried()))
        .isInstanceOf(IndexIntegrity.DamagedIndexException.class)
        .hasMessageContaining("./ccm index --full");
  }

  @Test
  void rebuildingFromTheCorpusRepairsADamagedIndex() throws Exception {
    Path dir = copy("repaired");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
          raf.setLength(raf.length() / 2);
        }
      }
    }
    assertRebuildRepairs(dir);
    Path dataOnly = copy("repaired-data");
    try (RandomAccessFile raf = new RandomAccessFile(largestFile(dataOnly).toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
    assertRebuildRepairs(dataOnly);
  }

  private static void assertRebuildRepairs(Path dir) throws Exception {
    assertThatThrownBy(
            () -> LuceneArchiveIndex.open(dir, new IndexSchema(), TestLimits.unhurried()))
        .isInstanceOf(IllegalStateException.class);
    TestCorpus.index(work.resolve("corpus"), dir);
    try (LuceneArchiveIndex s =
        LuceneArchiveIndex.open(dir, new IndexSchema(), TestLimits.unhurried())) {
      assertThat(s.search(SearchRequest.of("stigmatization")).hits()).isNotEmpty();
    }
  }

  @Test
  void everyTruncatedOrMissingFileIsRefused() throws Exception {
    try (Stream<Path> files = Files.list(good)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.equals("write.lock")) {
          continue;
        }
        Path dir = copy("cut-" + name);
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
          raf.setLength(Math.max(0, raf.length() - 1));
        }
        assertThatThrownBy(
                () -> LuceneArchiveIndex.open(dir, new IndexSchema(), TestLimits.unhurried()))
            .as(name)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("./ccm index");
        // Opened for serving (checksums read later), a cut file is still refused at once.
        assertThatThrownBy(() -> LiveIndex.openVerifyingLater(dir).close())
            .as("serving " + name)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("./ccm index");
      }
    }
  }

  @Test
  void openedForServingAChangedByteIsFoundByTheCheckThatFollows() throws Exception {
    Path dir = copy("flipped-serving");
    flipByteInTheMiddle(largestFile(dir));
    try (LiveIndex index = LiveIndex.openVerifyingLater(dir)) {
      assertThatThrownBy(index::verifyIntegrity)
          .isInstanceOf(IndexIntegrity.DamagedIndexException.class)
          .hasMessageContaining("./ccm index --full");
    }
    try (LiveIndex index = LiveIndex.openVerifyingLater(copy("intact-serving"))) {
      index.verifyIntegrity();
      LuceneArchiveIndex s =
          LuceneArchiveIndex.over(index, new IndexSchema(), TestLimits.unhurried());
      assertThat(s.search(SearchRequest.of("stigmatization")).hits()).isNotEmpty();
    }
  }

  private static void flipByteInTheMiddle(Path victim) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
      long at = f.length() / 2;
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0xFF);
    }
  }
}
