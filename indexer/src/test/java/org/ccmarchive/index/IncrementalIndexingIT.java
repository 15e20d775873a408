package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexingIT {

  private static final IndexOptions OPTIONS = IndexOptions.defaults().withThreads(2);

  @Test
  void unchangedCorpusIsSkippedAndChangesAreAddedReplacedRenamedAndRemoved(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    int files = copySeeds(corpus);
    Path index = data.resolve("index");

    IndexReport first = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(first.added()).isEqualTo(files);
    assertThat(first.failures()).isEmpty();

    long generation = commitGeneration(index);
    IndexReport again = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(again.unchanged()).isEqualTo(files);
    assertThat(again.indexed() + again.deleted() + again.failures().size()).isZero();
    // Nothing to do is decided from the last commit: no writer is opened, nothing is committed.
    assertThat(commitGeneration(index)).isEqualTo(generation);

    Files.writeString(
        corpus.resolve("formats/minutes.txt"),
        "\n\nAddendum: the delegates agreed on a zebrafinch protocol.\n",
        StandardOpenOption.APPEND);
    Files.delete(corpus.resolve("formats/minutes.rtf"));
    Files.move(corpus.resolve("formats/minutes.odt"), corpus.resolve("minutes-renamed.odt"));
    Files.writeString(corpus.resolve("new-note.txt"), "A new note about quokka clearance.\n");

    IndexReport changed = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(changed.updated()).isEqualTo(1);
    assertThat(changed.deleted()).isEqualTo(1);
    assertThat(changed.renamed()).isEqualTo(1);
    assertThat(changed.added()).isEqualTo(1);
    assertThat(changed.unchanged()).isEqualTo(files - 3);

    try (LuceneArchiveIndex search =
        LuceneArchiveIndex.open(index, new IndexSchema(), TestLimits.unhurried())) {
      assertThat(ids(search, "zebrafinch")).containsExactly("formats~minutes.txt");
      assertThat(ids(search, "quokka")).containsExactly("new-note.txt");
      assertThat(search.summary("formats~minutes.rtf")).isEmpty();
      assertThat(search.summary("formats~minutes.odt")).isEmpty();
      assertThat(search.summary("minutes-renamed.odt")).isPresent();
      // the replaced record has exactly one record entry and one set of passages
      assertThat(search.record("formats~minutes.txt", null).orElseThrow().passages())
          .filteredOn(p -> p.text().contains("zebrafinch"))
          .hasSize(1);
    }
    assertThat(new IndexLocation(index).reportFile()).content().contains("\"renamed\" : 1");
  }

  @Test
  void aChangedSidecarOrManifestRowReindexesItsRecordAlone(@TempDir Path corpus, @TempDir Path data)
      throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "Minutes of a meeting on wombat clearance.\n");
    Files.writeString(corpus.resolve("b.txt"), "Statement on numbat stockpiles.\n");
    Files.writeString(corpus.resolve("c.txt"), "Note on bilby reporting.\n");
    Files.writeString(corpus.resolve("manifest.csv"), "file,title\nb.txt,Statement by Peru\n");
    Path index = data.resolve("index");
    assertThat(TestCorpus.run(corpus, index, OPTIONS).added()).isEqualTo(3);

    Files.writeString(corpus.resolve("a.txt.meta.json"), "{\"title\": \"Wombat minutes\"}");
    IndexReport sidecar = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(sidecar.updated()).isEqualTo(1);
    assertThat(sidecar.unchanged()).isEqualTo(2);

    Files.writeString(corpus.resolve("manifest.csv"), "file,title\nb.txt,Statement by Chile\n");
    IndexReport manifest = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(manifest.updated()).isEqualTo(1);
    assertThat(manifest.unchanged()).isEqualTo(2);

    assertThat(TestCorpus.run(corpus, index, OPTIONS).unchanged()).isEqualTo(3);
    try (LuceneArchiveIndex search =
        LuceneArchiveIndex.open(index, new IndexSchema(), TestLimits.unhurried())) {
      assertThat(search.summary("a.txt").orElseThrow().title()).isEqualTo("Wombat minutes");
      assertThat(search.summary("b.txt").orElseThrow().title()).isEqualTo("Statement by Chile");
    }

    Files.delete(corpus.resolve("a.txt.meta.json"));
    assertThat(TestCorpus.run(corpus, index, OPTIONS).updated()).isEqualTo(1);
    try (LuceneArchiveIndex search =
        LuceneArchiveIndex.open(index, new IndexSchema(), TestLimits.unhurried())) {
      assertThat(search.summary("a.txt").orElseThrow().title()).isNotEqualTo("Wombat minutes");
    }
  }

  @Test
  void fullRebuildSwapsInANewIndexAndAnOutdatedSchemaRebuildsItself(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    Files.copy(
        TestCorpus.seedCorpus().resolve("CC-Minutes-30-January-2024.docx"),
        corpus.resolve("minutes.docx"));
    Path index = data.resolve("index");
    TestCorpus.run(corpus, index, OPTIONS);
    Path before = index.toRealPath();

    try (LuceneArchiveIndex search =
        LuceneArchiveIndex.open(index, new IndexSchema(), TestLimits.unhurried())) {
      IndexReport full = TestCorpus.run(corpus, index, OPTIONS.withFull(true));
      assertThat(full.full()).isTrue();
      assertThat(full.added()).isEqualTo(1);
      assertThat(index.toRealPath()).isNotEqualTo(before);
      assertThat(before).doesNotExist();
      search.refresh(); // the running service follows the swap
      assertThat(ids(search, "stigmatization")).containsExactly("minutes.docx");
    }

    markSchemaVersion(index, "0");
    IndexReport rebuilt = TestCorpus.run(corpus, index, OPTIONS);
    assertThat(rebuilt.full()).isTrue();
    assertThat(rebuilt.notes()).anyMatch(n -> n.contains("schema version 0"));
    try (LuceneArchiveIndex search =
        LuceneArchiveIndex.open(index, new IndexSchema(), TestLimits.unhurried())) {
      assertThat(ids(search, "stigmatization")).containsExactly("minutes.docx");
    }
    try (Stream<Path> left = Files.list(data)) {
      assertThat(left.filter(p -> p.getFileName().toString().startsWith("index.gen-"))).hasSize(1);
    }
  }

  /** Copies the seed records and five format variants; answers how many record files it wrote. */
  static int copySeeds(Path corpus) throws IOException {
    try (Stream<Path> seeds = Files.list(TestCorpus.seedCorpus())) {
      for (Path p : seeds.toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    Files.createDirectories(corpus.resolve("formats"));
    for (String ext : new String[] {"doc", "html", "odt", "rtf", "txt"}) {
      Files.copy(
          TestCorpus.resource("formats/CC-Minutes-30-January-2024." + ext),
          corpus.resolve("formats/minutes." + ext));
    }
    return CorpusFiles.list(corpus).size();
  }

  static java.util.List<String> ids(LuceneArchiveIndex search, String q) {
    return search.search(new SearchRequest(q, 1, 50)).hits().stream()
        .map(h -> h.record().id())
        .toList();
  }

  static long commitGeneration(Path index) throws IOException {
    try (var dir = FSDirectory.open(new IndexLocation(index).live())) {
      return SegmentInfos.getLastCommitGeneration(dir);
    }
  }

  private static void markSchemaVersion(Path index, String version) throws IOException {
    try (var dir = FSDirectory.open(index.toRealPath());
        var writer = new IndexWriter(dir, new IndexWriterConfig(new IndexSchema().analyzer()))) {
      writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, version).entrySet());
      writer.commit();
    }
  }
}
