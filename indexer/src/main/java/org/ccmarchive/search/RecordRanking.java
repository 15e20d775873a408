package org.ccmarchive.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.ccmarchive.index.IndexSchema;

/**
 * Every matching record with its best passage score and its number of matching passages, in one
 * pass over the matches. Deep paging picks the records after a cursor from it, so its cost does not
 * grow with the depth of the page.
 */
final class RecordRanking {

  /** A record's place in the ranking. */
  record Rank(String recordId, float score, long passages) {}

  private static final Comparator<Rank> ORDER =
      Comparator.comparing(Rank::score, Comparator.reverseOrder()).thenComparing(Rank::recordId);

  private final Map<String, Rank> ranks;
  private final long totalPassages;

  private RecordRanking(Map<String, Rank> ranks, long totalPassages) {
    this.ranks = ranks;
    this.totalPassages = totalPassages;
  }

  @SuppressWarnings("deprecation") // search(Query, Collector): one collector, no executor.
  static RecordRanking collect(IndexSearcher searcher, Query passages) throws IOException {
    Collector collector = new Collector();
    searcher.search(passages, collector);
    return new RecordRanking(collector.ranks, collector.total);
  }

  /** At most {@code size} records after {@code cursor} (from the best when empty), in order. */
  List<Rank> after(Optional<SearchCursor> cursor, int size) {
    return ranks.values().stream()
        .filter(r -> cursor.isEmpty() || cursor.get().precedes(r.score(), r.recordId()))
        .sorted(ORDER)
        .limit(size)
        .toList();
  }

  long records() {
    return ranks.size();
  }

  long passages() {
    return totalPassages;
  }

  private static final class Collector extends SimpleCollector {
    final Map<String, Rank> ranks = new HashMap<>();
    long total;
    private SortedDocValues ids;
    private Scorable scorer;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      ids = DocValues.getSorted(context.reader(), IndexSchema.RECORD_ID);
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!ids.advanceExact(doc)) {
        return;
      }
      String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
      float score = scorer.score();
      total++;
      ranks.merge(
          id,
          new Rank(id, score, 1),
          (a, b) -> new Rank(id, Math.max(a.score(), b.score()), a.passages() + 1));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }
}
