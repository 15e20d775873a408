package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.cli.IndexCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 an indexing process at random moments: the index must stay whole every time. */
class CrashSafetyIT {

  private static final int KILLS = 10;

  @Test
  void killedRunsLeaveACleanIndexWithEveryCommittedRecordAndTheNextRunFinishes(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (var seeds = Files.list(org.ccmarchive.testing.TestCorpus.seedCorpus())) {
      for (Path f : seeds.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Files.createDirectories(corpus.resolve("formats"));
    Path index = data.resolve("index");
    long seed = System.nanoTime();
    Random random = new Random(seed);
    long t0 = System.nanoTime();
    Process first = startIndexer(corpus, index, false);
    assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
    long fullRunMs = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("CrashSafetyIT seed %d, uninterrupted run %d ms%n", seed, fullRunMs);
    int killedMidRun = 0;
    // Until ten runs were really killed mid-work (a short run may finish before its moment comes).
    for (int i = 0; killedMidRun < KILLS && i < 3 * KILLS; i++) {
      revise(corpus, i); // every run has work to do: changed, new, and (every 4th) a full rebuild
      Set<String> committed = committedRecords(index);
      Process p = startIndexer(corpus, index, i % 4 == 3);
      long delay = 200 + random.nextLong(Math.max(1, fullRunMs / 2));
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        killedMidRun++;
      }
      System.out.printf(
          "kill %d after %d ms (%s): %d records committed before%n",
          i, delay, finished ? "had finished" : "killed", committed.size());
      assertClean(index);
      assertThat(committedRecords(index)).containsAll(committed);
    }
    assertThat(killedMidRun).as("runs killed while working").isEqualTo(KILLS);

    Process last = startIndexer(corpus, index, false);
    assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).isZero();
    assertClean(index);
    int files;
    try (var list = Files.walk(corpus)) {
      files = (int) list.filter(Files::isRegularFile).count();
    }
    assertThat(committedRecords(index)).hasSize(files);
  }

  private static void revise(Path corpus, int i) throws IOException {
    Files.writeString(corpus.resolve("formats/minutes.txt"), "Revision " + i + " of the minutes.");
    Files.writeString(corpus.resolve("note-" + i + ".txt"), "Crash test note number " + i);
  }

  private static Process startIndexer(Path corpus, Path index, boolean full) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                IndexCommand.class.getName(),
                "--corpus",
                corpus.toString(),
                "--index",
                index.toString(),
                "--commit-every",
                "1",
                "--threads",
                "1",
                "--progress",
                "silent"));
    if (full) {
      cmd.add("--full");
    }
    return new ProcessBuilder(cmd)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void assertClean(Path index) throws IOException {
    if (!Files.exists(index)) {
      return;
    }
    try (Directory dir = FSDirectory.open(index.toRealPath())) {
      if (!DirectoryReader.indexExists(dir)) {
        return; // killed before the first commit: nothing was promised yet
      }
      try (CheckIndex check = new CheckIndex(dir)) {
        check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS);
        assertThat(check.checkIndex().clean).as("CheckIndex clean").isTrue();
      }
    }
  }

  static Set<String> committedRecords(Path index) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.exists(index)) {
      return ids;
    }
    try (Directory dir = FSDirectory.open(index.toRealPath())) {
      if (!DirectoryReader.indexExists(dir)) {
        return ids;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        var q = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_RECORD));
        for (ScoreDoc sd : searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          ids.add(d.get(IndexSchema.RECORD_ID));
        }
      }
    }
    return ids;
  }
}
