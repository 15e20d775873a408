package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs limited to a folder of the corpus ({@code --part}) into the embedded index. */
class CorpusPartsIT {

  private static final IndexOptions OPTIONS = IndexOptions.defaults().withThreads(2);

  /** Two folders of three notes each, written for this test. */
  static int writeTwoParts(Path corpus) throws IOException {
    String[] words = {"wombat", "numbat", "bilby", "quokka", "dunnart", "potoroo"};
    for (int i = 0; i < words.length; i++) {
      Path file = corpus.resolve(i % 2 == 0 ? "east" : "west").resolve("note-" + i + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, "Minutes of meeting " + i + " on " + words[i] + " clearance and stockpiles.\n");
    }
    return words.length;
  }

  @Test
  void partsIndexedOneAfterTheOtherMakeWhatOneWholeRunMakes(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    int files = writeTwoParts(corpus);
    Path index = data.resolve("index");

    IndexReport east = TestCorpus.run(corpus, index, OPTIONS.withPart(Path.of("east")));
    assertThat(east.added()).isEqualTo(3);
    IndexReport west = TestCorpus.run(corpus, index, OPTIONS.withPart(Path.of("west")));
    // The east part's records are not in the west part: not taken for deleted files.
    assertThat(west.added()).isEqualTo(3);
    assertThat(west.deleted()).isZero();

    IndexReport whole = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(whole.unchanged()).isEqualTo(files);
    assertThat(whole.indexed() + whole.deleted() + whole.failures().size()).isZero();

    Files.delete(corpus.resolve("west/note-1.txt"));
    Files.writeString(corpus.resolve("east/note-6.txt"), "A new note on bettong reporting.\n");
    IndexReport eastAgain = TestCorpus.run(corpus, index, OPTIONS.withPart(Path.of("east")));
    assertThat(eastAgain.added()).isEqualTo(1);
    assertThat(eastAgain.unchanged()).isEqualTo(3);
    assertThat(eastAgain.deleted()).as("a file gone from another part is left to it").isZero();
    IndexReport westAgain = TestCorpus.run(corpus, index, OPTIONS.withPart(Path.of("west")));
    assertThat(westAgain.deleted()).isEqualTo(1);
    assertThat(westAgain.unchanged()).isEqualTo(2);
  }

  @Test
  void aPartsRunNeverLetsAWholeRunTakeTheOtherPartsAsIndexed(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    writeTwoParts(corpus);
    Path index = data.resolve("index");
    // Were the east part's run to record the whole corpus's digest, the next whole run would
    // believe the west part indexed too.
    TestCorpus.run(corpus, index, OPTIONS.withPart(Path.of("east")));
    IndexReport whole = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(whole.added()).isEqualTo(3);
    assertThat(whole.unchanged()).isEqualTo(3);

    Files.writeString(corpus.resolve("west/note-7.txt"), "A note on bandicoot reporting.\n");
    TestCorpus.run(corpus, index, OPTIONS.withPart(Path.of("east")));
    assertThat(TestCorpus.run(corpus, index, OPTIONS).added()).isEqualTo(1);
  }

  @Test
  void aPartIsNeverRebuiltFromScratch(@TempDir Path corpus, @TempDir Path data) throws Exception {
    writeTwoParts(corpus);
    Path index = data.resolve("index");
    TestCorpus.run(corpus, index, OPTIONS);
    Path live = index.toRealPath();

    assertThatThrownBy(
            () -> TestCorpus.run(corpus, index, OPTIONS.withPart(Path.of("east")).withFull(true)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("--part east")
        .hasMessageContaining("whole corpus");
    assertThat(index.toRealPath()).isEqualTo(live);
    assertThat(TestCorpus.run(corpus, index, OPTIONS).unchanged()).isEqualTo(6);
  }
}
