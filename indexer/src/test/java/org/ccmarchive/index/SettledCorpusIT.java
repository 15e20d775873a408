package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over a corpus the last commit recorded as indexed stops at the commit point; every change
 * to the corpus, and a damaged index, still takes the full planning path.
 */
class SettledCorpusIT {

  private static final IndexOptions OPTIONS = IndexOptions.defaults().withThreads(2);
  private static final FileTime THEN = FileTime.fromMillis(1_700_000_000_000L);

  private static Path corpus(Path dir) throws IOException {
    write(dir.resolve("a.txt"), "Minutes of a meeting on wombat clearance.\n");
    write(dir.resolve("b.txt"), "Statement on numbat stockpiles.\n");
    Files.createDirectories(dir.resolve("sub"));
    write(dir.resolve("sub/c.txt"), "Note on bilby reporting.\n");
    Files.writeString(dir.resolve("manifest.csv"), "file,title\nb.txt,Statement by Peru\n");
    return dir;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text);
    return Files.setLastModifiedTime(file, THEN);
  }

  @Test
  void aRunOverTheRecordedCorpusReportsNothingChangedAndCommitsNothing(
      @TempDir Path dir, @TempDir Path data) throws Exception {
    Path corpus = corpus(dir);
    Path index = data.resolve("index");
    IndexReport first = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(first.added()).isEqualTo(3);
    assertThat(userData(index)).containsKey("ccm.corpus.digest");

    long generation = IncrementalIndexingIT.commitGeneration(index);
    String report = Files.readString(new IndexLocation(index).reportFile());
    IndexReport again = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.indexed() + again.deleted() + again.failures().size()).isZero();
    assertThat(IncrementalIndexingIT.commitGeneration(index)).isEqualTo(generation);
    assertThat(Files.readString(new IndexLocation(index).reportFile()))
        .isNotEqualTo(report) // a report of its own, as before
        .contains("\"unchanged\" : 3");
  }

  @Test
  void anIndexWithoutARecordedStateGetsItFromItsFirstRunWithNothingToChange(
      @TempDir Path dir, @TempDir Path data) throws Exception {
    Path corpus = corpus(dir);
    Path index = data.resolve("index");
    TestCorpus.run(corpus, index, OPTIONS);
    forgetState(index); // as an index written before the digest existed

    long generation = IncrementalIndexingIT.commitGeneration(index);
    assertThat(TestCorpus.run(corpus, index, OPTIONS).unchanged()).isEqualTo(3);
    assertThat(userData(index)).containsKey("ccm.corpus.digest");
    assertThat(IncrementalIndexingIT.commitGeneration(index))
        .isEqualTo(generation + 1); // the user data alone
    assertThat(TestCorpus.run(corpus, index, OPTIONS).unchanged()).isEqualTo(3);
    assertThat(IncrementalIndexingIT.commitGeneration(index)).isEqualTo(generation + 1);
  }

  @Test
  void everyChangeToTheCorpusAfterARecordedRunIsIndexed(@TempDir Path dir, @TempDir Path data)
      throws Exception {
    Path corpus = corpus(dir);
    Path index = data.resolve("index");
    TestCorpus.run(corpus, index, OPTIONS);

    // same size, other content, other time
    Files.writeString(corpus.resolve("a.txt"), "Minutes of a meeting on wombat clearancE.\n");
    assertThat(TestCorpus.run(corpus, index, OPTIONS).updated()).isEqualTo(1);

    write(corpus.resolve("d.txt"), "A new note on quokka surveys.\n");
    assertThat(TestCorpus.run(corpus, index, OPTIONS).added()).isEqualTo(1);

    Files.move(corpus.resolve("sub/c.txt"), corpus.resolve("sub/c-moved.txt"));
    assertThat(TestCorpus.run(corpus, index, OPTIONS).renamed()).isEqualTo(1);

    Files.delete(corpus.resolve("d.txt"));
    assertThat(TestCorpus.run(corpus, index, OPTIONS).deleted()).isEqualTo(1);

    Files.writeString(corpus.resolve("manifest.csv"), "file,title\nb.txt,Statement by Chile\n");
    assertThat(TestCorpus.run(corpus, index, OPTIONS).updated()).isEqualTo(1);

    Files.writeString(corpus.resolve("sub/c-moved.txt.meta.json"), "{\"title\": \"Bilby note\"}");
    assertThat(TestCorpus.run(corpus, index, OPTIONS).updated()).isEqualTo(1);

    // only the time changes: nothing to re-index, and the state is recorded again
    Files.setLastModifiedTime(corpus.resolve("b.txt"), FileTime.fromMillis(1_700_000_100_000L));
    IndexReport touched = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(touched.indexed() + touched.deleted()).isZero();
    assertThat(touched.unchanged()).isEqualTo(3);

    IndexReport settled = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(settled.unchanged()).isEqualTo(3);
    assertThat(settled.indexed() + settled.deleted()).isZero();
  }

  @Test
  void earlierFailuresAreReportedAsBeforeWhenNothingChanged(@TempDir Path dir, @TempDir Path data)
      throws Exception {
    Path corpus = corpus(dir);
    write(corpus.resolve("broken.pdf"), "%PDF-1.7\nnot a real PDF at all\n");
    Path index = data.resolve("index");
    IndexReport first = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(first.failures())
        .extracting(IndexReport.Failure::file)
        .containsExactly("broken.pdf");
    // a new failure is not recorded as settled: the next run plans in full
    assertThat(userData(index)).doesNotContainKey("ccm.corpus.digest");

    IndexReport planned = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(userData(index)).containsKey("ccm.corpus.digest");
    IndexReport settled = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(settled.failures()).isEqualTo(planned.failures()).hasSize(1);
    assertThat(settled.failures().getFirst().earlier()).isTrue();
    assertThat(settled.unchanged()).isEqualTo(planned.unchanged()).isEqualTo(4);
  }

  @Test
  void aDamagedIndexIsRebuiltAsWithoutARecordedState(@TempDir Path dir, @TempDir Path data)
      throws Exception {
    Path corpus = corpus(dir);
    Path index = data.resolve("index");
    TestCorpus.run(corpus, index, OPTIONS);
    Path live = new IndexLocation(index).live();
    List<String> files;
    try (Stream<Path> listed = Files.list(live)) {
      files =
          listed
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("write.lock"))
              .sorted()
              .toList();
    }
    for (String name : files) {
      Path cut = new IndexLocation(index).live().resolve(name);
      if (!Files.exists(cut)) {
        continue; // a rebuild before renamed the segments
      }
      try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
        raf.setLength(raf.length() - 1);
      }
      IndexReport run = TestCorpus.run(corpus, index, OPTIONS);
      assertThat(run.notes()).as(name).anyMatch(n -> n.contains("damaged"));
      assertThat(run.added()).as(name).isEqualTo(3);
    }
  }

  private static Map<String, String> userData(Path index) throws IOException {
    try (var d = FSDirectory.open(new IndexLocation(index).live())) {
      return SegmentInfos.readLatestCommit(d).getUserData();
    }
  }

  private static void forgetState(Path index) throws IOException {
    try (var d = FSDirectory.open(new IndexLocation(index).live());
        var w = new IndexWriter(d, new IndexWriterConfig(new IndexSchema().analyzer()))) {
      Map<String, String> data = new HashMap<>(userData(index));
      data.keySet().removeIf(k -> k.startsWith("ccm.corpus."));
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }
}
