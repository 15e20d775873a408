package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.ccmarchive.index.IndexSchema;

/**
 * Every matching record with its best passage score, its number of matching passages and its best
 * few passages, in one pass over the matches. A result page and a deep page after a cursor are both
 * picked from it, so neither needs a second pass (grouping's two passes cost a relevance search
 * most of its time) and the cost does not grow with the depth of the page.
 *
 * <p>Records are counted by the ordinal of their id in each segment, in plain arrays; an id is
 * turned into text once per record and segment, never per passage.
 */
final class RecordRanking {

  /** A record's place in the ranking, with its best passages (best first, ties by index order). */
  record Rank(String recordId, float score, long passages, ScoreDoc[] best) {}

  /** Deep paging's order: score, then id (what a cursor can continue from). */
  private static final Comparator<Group> BY_SCORE_THEN_ID =
      Comparator.comparing((Group g) -> g.max, Comparator.reverseOrder()).thenComparing(g -> g.id);

  /**
   * A result page's order, as relevance grouping orders records: score, then the record whose best
   * passage comes first in the index.
   */
  private static final Comparator<Group> BY_SCORE_THEN_INDEX_ORDER =
      Comparator.comparing((Group g) -> g.max, Comparator.reverseOrder())
          .thenComparingInt(g -> g.topDoc);

  private final Map<String, Group> groups;
  private final long totalPassages;

  private RecordRanking(Map<String, Group> groups, long totalPassages) {
    this.groups = groups;
    this.totalPassages = totalPassages;
  }

  /** Ranks the records of the passages {@code passages} matches, keeping {@code keep} each. */
  static RecordRanking collect(IndexSearcher searcher, Query passages, int keep)
      throws IOException {
    return collect(searcher, passages, keep, null);
  }

  /**
   * As {@link #collect(IndexSearcher, Query, int)}, and gives every match to {@code beside} too
   * (facet counting) in the same pass.
   */
  @SuppressWarnings("deprecation") // search(Query, Collector): one collector, no executor.
  static RecordRanking collect(
      IndexSearcher searcher, Query passages, int keep, org.apache.lucene.search.Collector beside)
      throws IOException {
    Collector collector = new Collector(keep);
    searcher.search(passages, beside == null ? collector : MultiCollector.wrap(collector, beside));
    collector.finishSegment();
    return new RecordRanking(collector.groups, collector.total);
  }

  /** The records of one result page ({@code offset}, {@code size}), best first. */
  List<Rank> page(int offset, int size) {
    return top(offset, size, BY_SCORE_THEN_INDEX_ORDER, null);
  }

  /** At most {@code size} records after {@code cursor} (from the best when empty), in order. */
  List<Rank> after(Optional<SearchCursor> cursor, int size) {
    return top(
        0,
        size,
        BY_SCORE_THEN_ID,
        cursor.isEmpty() ? null : g -> cursor.get().precedes(g.max, g.id));
  }

  /** Whether {@code recordId} has a matching passage. */
  boolean contains(String recordId) {
    return groups.containsKey(recordId);
  }

  java.util.Set<String> recordIds() {
    return java.util.Collections.unmodifiableSet(groups.keySet());
  }

  long records() {
    return groups.size();
  }

  long passages() {
    return totalPassages;
  }

  /** The best {@code offset + size} by {@code order} in a bounded heap, then the page of them. */
  private List<Rank> top(
      int offset, int size, Comparator<Group> order, java.util.function.Predicate<Group> keep) {
    int wanted = offset + size;
    if (wanted <= 0) {
      return List.of();
    }
    PriorityQueue<Group> heap = new PriorityQueue<>(Math.min(wanted, 1024) + 1, order.reversed());
    for (Group g : groups.values()) {
      if (keep != null && !keep.test(g)) {
        continue;
      }
      if (heap.size() < wanted) {
        heap.add(g);
      } else if (order.compare(g, heap.peek()) < 0) {
        heap.poll();
        heap.add(g);
      }
    }
    List<Group> best = new ArrayList<>(heap);
    best.sort(order);
    List<Rank> out = new ArrayList<>(Math.max(0, best.size() - offset));
    for (int i = offset; i < best.size(); i++) {
      out.add(best.get(i).rank());
    }
    return out;
  }

  /** One record's tally; {@code topDoc} is its first passage (index order) with the best score. */
  private static final class Group {
    final String id;
    float max = Float.NEGATIVE_INFINITY;
    int topDoc = Integer.MAX_VALUE;
    long count;
    final int[] docs;
    final float[] scores;
    int kept;

    Group(String id, int keep) {
      this.id = id;
      this.docs = new int[keep];
      this.scores = new float[keep];
    }

    /** Docs arrive in index order, so an equal score never displaces an earlier passage. */
    void add(int doc, float score) {
      count++;
      if (score > max) {
        max = score;
        topDoc = doc;
      }
      offer(doc, score);
    }

    void offer(int doc, float score) {
      int at = kept;
      while (at > 0 && better(doc, score, docs[at - 1], scores[at - 1])) {
        at--;
      }
      if (at >= docs.length) {
        return;
      }
      int last = Math.min(kept, docs.length - 1);
      System.arraycopy(docs, at, docs, at + 1, last - at);
      System.arraycopy(scores, at, scores, at + 1, last - at);
      docs[at] = doc;
      scores[at] = score;
      kept = Math.min(kept + 1, docs.length);
    }

    private static boolean better(int doc, float score, int otherDoc, float otherScore) {
      return score > otherScore || (score == otherScore && doc < otherDoc);
    }

    /** The same record's tally from a later segment. */
    void merge(Group later) {
      count += later.count;
      if (later.max > max) {
        max = later.max;
        topDoc = later.topDoc;
      }
      for (int i = 0; i < later.kept; i++) {
        offer(later.docs[i], later.scores[i]);
      }
    }

    Rank rank() {
      ScoreDoc[] best = new ScoreDoc[kept];
      for (int i = 0; i < kept; i++) {
        best[i] = new ScoreDoc(docs[i], scores[i]);
      }
      return new Rank(id, max, count, best);
    }
  }

  private static final class Collector extends SimpleCollector {
    final Map<String, Group> groups = new HashMap<>();
    private final int keep;
    long total;
    private SortedDocValues ids;
    private Scorable scorer;
    private int docBase;
    private Group[] byOrd = new Group[0];
    private final List<Integer> touched = new ArrayList<>();

    Collector(int keep) {
      this.keep = keep;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      finishSegment();
      ids = DocValues.getSorted(context.reader(), IndexSchema.RECORD_ID);
      docBase = context.docBase;
      byOrd = new Group[ids.getValueCount()];
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
      int ord = ids.ordValue();
      Group g = byOrd[ord];
      if (g == null) {
        g = new Group(null, keep);
        byOrd[ord] = g;
        touched.add(ord);
      }
      total++;
      g.add(docBase + doc, scorer.score());
    }

    /** Names the segment's records and folds them into the records of earlier segments. */
    void finishSegment() throws IOException {
      for (int ord : touched) {
        Group seg = byOrd[ord];
        String id = ids.lookupOrd(ord).utf8ToString();
        Group named = new Group(id, keep);
        named.merge(seg);
        Group earlier = groups.putIfAbsent(id, named);
        if (earlier != null) {
          earlier.merge(seg);
        }
      }
      touched.clear();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }
}
