package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.ccmarchive.index.IndexSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-pass ranking must order records, count their passages and pick their best passages
 * exactly as Lucene's two-pass relevance grouping did, across segments and with tied scores.
 */
class RecordRankingTest {

  private Directory dir;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  /**
   * Three segments; records spread over segments (r1, r3), identical passages in different records
   * (tied scores), and records with more matching passages than are shown.
   */
  @BeforeEach
  void index() throws IOException {
    dir = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      add(w, "r1", "mines mines clearance", "clearance plan", "nothing here");
      add(w, "r2", "clearance plan", "clearance plan", "clearance of land");
      w.commit();
      add(w, "r3", "clearance plan", "mines clearance mines clearance");
      add(w, "r1", "clearance clearance clearance", "clearance plan");
      w.commit();
      add(w, "r4", "clearance plan", "clearance plan", "clearance plan", "clearance plan");
      add(w, "r3", "a clearance report with many more words in it");
      add(w, "r5", "no match");
    }
    reader = DirectoryReader.open(dir);
    assertThat(reader.leaves()).hasSize(3);
    searcher = new IndexSearcher(reader);
  }

  private static void add(IndexWriter w, String record, String... passages) throws IOException {
    for (String text : passages) {
      Document d = new Document();
      d.add(new StringField(IndexSchema.RECORD_ID, record, Field.Store.NO));
      d.add(new SortedDocValuesField(IndexSchema.RECORD_ID, new BytesRef(record)));
      d.add(new TextField("text", text, Field.Store.NO));
      w.addDocument(d);
    }
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    dir.close();
  }

  private static final Query CLEARANCE = new TermQuery(new Term("text", "clearance"));

  /** Ranks what {@code passages} matches in this reader, numbering its records afresh. */
  private RecordRanking collect(Query passages, int keep) throws IOException {
    return RecordRanking.collect(
        searcher, RecordOrdinals.of(searcher.getIndexReader()), passages, keep, null);
  }

  @Test
  void everyPageMatchesTwoPassRelevanceGrouping() throws IOException {
    RecordRanking ranking = collect(CLEARANCE, 3);
    TopGroups<BytesRef> all = grouped(0, 10);
    assertThat(ranking.records()).isEqualTo(4L).isEqualTo(all.totalGroupCount.longValue());
    assertThat(ranking.passages()).isEqualTo(all.totalHitCount);
    for (int offset = 0; offset < 5; offset++) {
      for (int size = 1; size <= 4; size++) {
        assertThat(describe(ranking.page(offset, size)))
            .as("offset %d, size %d", offset, size)
            .isEqualTo(describe(grouped(offset, size)));
      }
    }
  }

  @Test
  void recordsAreNamedOnceWithAllTheirPassagesCounted() throws IOException {
    RecordRanking ranking = collect(CLEARANCE, 3);
    assertThat(ranking.recordIds()).containsExactlyInAnyOrder("r1", "r2", "r3", "r4");
    List<RecordRanking.Rank> page = ranking.page(0, 10);
    assertThat(page.stream().filter(r -> r.recordId().equals("r1")).findFirst().orElseThrow())
        .satisfies(r -> assertThat(r.passages()).isEqualTo(4));
    assertThat(page.stream().filter(r -> r.recordId().equals("r4")).findFirst().orElseThrow())
        .satisfies(r -> assertThat(r.best()).hasSize(3));
  }

  @Test
  void aCursorContinuesByScoreThenId() throws IOException {
    RecordRanking ranking = collect(CLEARANCE, 0);
    List<RecordRanking.Rank> all = ranking.after(Optional.empty(), 10);
    assertThat(all).hasSize(4);
    for (int i = 1; i < all.size(); i++) {
      RecordRanking.Rank a = all.get(i - 1);
      RecordRanking.Rank b = all.get(i);
      assertThat(a.score() > b.score() || a.recordId().compareTo(b.recordId()) < 0).isTrue();
    }
    RecordRanking.Rank second = all.get(1);
    SearchCursor after = new SearchCursor(second.score(), second.recordId());
    assertThat(ranking.after(Optional.of(after), 10))
        .extracting(RecordRanking.Rank::recordId)
        .containsExactly(all.get(2).recordId(), all.get(3).recordId());
  }

  @Test
  void aRecordInSeveralSegmentsHasOneNumberThatNamesIt() throws IOException {
    RecordOrdinals ordinals = RecordOrdinals.of(reader);
    assertThat(ordinals.count()).isEqualTo(5);
    RecordOrdinals.Names names = ordinals.names();
    List<String> ids = new ArrayList<>();
    for (int ord = 0; ord < ordinals.count(); ord++) {
      ids.add(names.id(ord));
    }
    assertThat(ids).containsExactly("r1", "r2", "r3", "r4", "r5");
  }

  @Test
  void theNumberingIsKeptForItsReaderAndRebuiltForANewOne() throws IOException {
    RecordOrdinals.PerReader perReader = new RecordOrdinals.PerReader();
    RecordOrdinals first = perReader.of(reader);
    assertThat(perReader.of(reader)).isSameAs(first);
    try (IndexWriter w =
        new IndexWriter(
            dir,
            new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      add(w, "r0", "clearance first");
    }
    try (DirectoryReader later = DirectoryReader.openIfChanged(reader)) {
      RecordOrdinals renumbered = perReader.of(later);
      assertThat(renumbered).isNotSameAs(first);
      assertThat(renumbered.count()).isEqualTo(6);
      RecordRanking ranking =
          RecordRanking.collect(new IndexSearcher(later), renumbered, CLEARANCE, 3, null);
      assertThat(ranking.recordIds()).containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4");
    }
  }

  private TopGroups<BytesRef> grouped(int offset, int size) throws IOException {
    GroupingSearch grouping = new GroupingSearch(IndexSchema.RECORD_ID);
    grouping.setGroupSort(Sort.RELEVANCE);
    grouping.setSortWithinGroup(Sort.RELEVANCE);
    grouping.setGroupDocsLimit(3);
    grouping.setIncludeMaxScore(true);
    grouping.setAllGroups(true);
    grouping.disableCaching();
    return grouping.search(searcher, CLEARANCE, offset, size);
  }

  private static List<String> describe(List<RecordRanking.Rank> ranks) {
    return ranks.stream()
        .map(r -> r.recordId() + " " + r.score() + " " + r.passages() + " " + docs(r.best()))
        .toList();
  }

  private static List<String> describe(TopGroups<BytesRef> groups) {
    if (groups == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (var g : groups.groups) {
      out.add(
          g.groupValue().utf8ToString()
              + " "
              + g.maxScore()
              + " "
              + g.totalHits().value()
              + " "
              + docs(g.scoreDocs()));
    }
    return out;
  }

  private static String docs(ScoreDoc[] docs) {
    return Arrays.toString(Arrays.stream(docs).mapToInt(sd -> sd.doc).toArray());
  }
}
