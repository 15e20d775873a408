package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.ccmarchive.record.RecordIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One planning path for every target: what a run does when nothing changed. */
class CorpusIndexerTest {

  private final CorpusIndexer indexer =
      new CorpusIndexer(new IndexSchema(), null, new PrintStream(OutputStream.nullOutputStream()));

  @Test
  void aRunWithNothingToChangeWritesAndCommitsNothingWhateverTheTarget(@TempDir Path corpus)
      throws Exception {
    Path note = Files.writeString(corpus.resolve("note.txt"), "A note on clearance.\n");
    long size = Files.size(note);
    long mtime = Files.getLastModifiedTime(note).toMillis();
    String id = RecordIds.forPath(Path.of("note.txt"));
    IndexedFiles.Entry held =
        new IndexedFiles.Entry(
            id,
            "note.txt",
            IndexPlan.hash(note, size, mtime, Long.MAX_VALUE),
            size,
            mtime,
            null,
            "");
    RecordingTarget target = new RecordingTarget(Map.of(id, held), true);

    IndexReport report = indexer.indexInto(corpus, target, false, List.of());

    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(report.indexed() + report.deleted()).isZero();
    assertThat(target.calls).isEmpty();
  }

  @Test
  void aTargetWithoutACommitGetsOneEvenWithNothingToWrite(@TempDir Path emptyCorpus)
      throws Exception {
    RecordingTarget fresh = new RecordingTarget(Map.of(), false);
    indexer.indexInto(emptyCorpus, fresh, true, List.of());
    assertThat(fresh.calls).containsExactly("commit");

    RecordingTarget held = new RecordingTarget(Map.of(), true);
    indexer.indexInto(emptyCorpus, held, false, List.of());
    assertThat(held.calls).isEmpty();
  }

  /** A target that holds {@code known} and records every write. */
  private static final class RecordingTarget implements IndexTarget {
    private final Map<String, IndexedFiles.Entry> known;
    private final boolean committed;
    final List<String> calls = new ArrayList<>();

    RecordingTarget(Map<String, IndexedFiles.Entry> known, boolean committed) {
      this.known = known;
      this.committed = committed;
    }

    @Override
    public Map<String, IndexedFiles.Entry> known() {
      return known;
    }

    @Override
    public boolean committed() {
      return committed;
    }

    @Override
    public synchronized void delete(String recordId) {
      calls.add("delete " + recordId);
    }

    @Override
    public synchronized void replace(String recordId, List<Document> docs) throws IOException {
      calls.add("replace " + recordId);
    }

    @Override
    public synchronized void commit() {
      calls.add("commit");
    }
  }
}
