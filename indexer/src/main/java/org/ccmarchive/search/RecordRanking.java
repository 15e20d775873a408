package org.ccmarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
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
import org.apache.lucene.util.LongValues;
import org.ccmarchive.index.IndexSchema;

/**
 * Every matching record with its best passage score, its number of matching passages and its best
 * few passages, in one pass over the matches. A result page and a deep page after a cursor are both
 * picked from it, so neither needs a second pass (grouping's two passes cost a relevance search
 * most of its time) and the cost does not grow with the depth of the page.
 *
 * <p>Records are tallied by their number across the reader's segments ({@link RecordOrdinals}), in
 * one array: a record found in several segments adds to the same tally, and only the records a page
 * shows (or a caller asks for) are turned into text. Naming and merging every matched record per
 * segment through a map cost a term search 6 % at 2,000 records (docs/benchmarks.md, Session 6).
 */
final class RecordRanking {

  /** A record's place in the ranking, with its best passages (best first, ties by index order). */
  record Rank(String recordId, float score, long passages, ScoreDoc[] best) {}

  /** Deep paging's order: score, then id (what a cursor can continue from). */
  private static final Comparator<Group> BY_SCORE_THEN_ID =
      Comparator.comparing((Group g) -> g.max, Comparator.reverseOrder()).thenComparing(Group::id);

  /**
   * A result page's order, as relevance grouping orders records: score, then the record whose best
   * passage comes first in the index.
   */
  private static final Comparator<Group> BY_SCORE_THEN_INDEX_ORDER =
      Comparator.comparing((Group g) -> g.max, Comparator.reverseOrder())
          .thenComparingInt(g -> g.topDoc);

  private final List<Group> groups;
  private final long totalPassages;

  private RecordRanking(List<Group> groups, long totalPassages) {
    this.groups = groups;
    this.totalPassages = totalPassages;
  }

  /**
   * Ranks the records of the passages {@code passages} matches, keeping {@code keep} each, with the
   * reader's record numbering {@code ordinals}, and gives every match to {@code beside} too (facet
   * counting; may be null) in the same pass.
   */
  @SuppressWarnings("deprecation") // search(Query, Collector): one collector, no executor.
  static RecordRanking collect(
      IndexSearcher searcher,
      RecordOrdinals ordinals,
      Query passages,
      int keep,
      org.apache.lucene.search.Collector beside)
      throws IOException {
    Collector collector = new Collector(ordinals, keep);
    searcher.search(passages, beside == null ? collector : MultiCollector.wrap(collector, beside));
    return new RecordRanking(collector.found, collector.total);
  }

  /** The records of one result page ({@code offset}, {@code size}), best first. */
  List<Rank> page(int offset, int size) throws IOException {
    return top(offset, size, BY_SCORE_THEN_INDEX_ORDER, null);
  }

  /** At most {@code size} records after {@code cursor} (from the best when empty), in order. */
  List<Rank> after(Optional<SearchCursor> cursor, int size) throws IOException {
    return top(
        0,
        size,
        BY_SCORE_THEN_ID,
        cursor.isEmpty() ? null : g -> cursor.get().precedes(g.max, g::id));
  }

  /** The id of every matching record (each named here: for the few callers that need them all). */
  Set<String> recordIds() throws IOException {
    Set<String> ids = new HashSet<>(groups.size() * 2);
    for (Group g : groups) {
      ids.add(g.name());
    }
    return Collections.unmodifiableSet(ids);
  }

  /** The records found, as {@link RecordTier} leaves them out of the second tier. */
  RecordTier.FirstTier firstTier() throws IOException {
    return new RecordTier.FirstTier(recordIds(), passages());
  }

  long records() {
    return groups.size();
  }

  long passages() {
    return totalPassages;
  }

  /** The best {@code offset + size} by {@code order} in a bounded heap, then the page of them. */
  private List<Rank> top(
      int offset, int size, Comparator<Group> order, java.util.function.Predicate<Group> keep)
      throws IOException {
    int wanted = offset + size;
    if (wanted <= 0) {
      return List.of();
    }
    try {
      PriorityQueue<Group> heap = new PriorityQueue<>(Math.min(wanted, 1024) + 1, order.reversed());
      for (Group g : groups) {
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
    } catch (UncheckedIOException e) {
      throw e.getCause(); // an id read while comparing
    }
  }

  /** One record's tally; {@code topDoc} is its first passage (index order) with the best score. */
  private static final class Group {
    final int ordinal;
    private final RecordOrdinals.Names names;
    String id;
    float max = Float.NEGATIVE_INFINITY;
    int topDoc = Integer.MAX_VALUE;
    long count;
    final int[] docs;
    final float[] scores;
    int kept;

    Group(int ordinal, RecordOrdinals.Names names, int keep) {
      this.ordinal = ordinal;
      this.names = names;
      this.docs = new int[keep];
      this.scores = new float[keep];
    }

    /**
     * Docs arrive in index order (segments in order, each in doc order), so an equal score never
     * displaces an earlier passage.
     */
    void add(int doc, float score) {
      count++;
      if (score > max) {
        max = score;
        topDoc = doc;
      }
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

    /** The record's id, read once when first asked. */
    String name() throws IOException {
      if (id == null) {
        id = names.id(ordinal);
      }
      return id;
    }

    /** {@link #name()} for comparators. */
    String id() {
      try {
        return name();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Rank rank() throws IOException {
      ScoreDoc[] best = new ScoreDoc[kept];
      for (int i = 0; i < kept; i++) {
        best[i] = new ScoreDoc(docs[i], scores[i]);
      }
      return new Rank(name(), max, count, best);
    }
  }

  private static final class Collector extends SimpleCollector {
    final List<Group> found = new ArrayList<>();
    private final RecordOrdinals ordinals;
    private final RecordOrdinals.Names names;
    private final Group[] byOrdinal;
    private final int keep;
    long total;
    private SortedDocValues ids;
    private LongValues toGlobal;
    private Scorable scorer;
    private int docBase;

    Collector(RecordOrdinals ordinals, int keep) {
      this.ordinals = ordinals;
      this.names = ordinals.names();
      this.byOrdinal = new Group[ordinals.count()];
      this.keep = keep;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      ids = DocValues.getSorted(context.reader(), IndexSchema.RECORD_ID);
      toGlobal = ordinals.global(context);
      docBase = context.docBase;
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
      int ordinal = (int) toGlobal.get(ids.ordValue());
      Group g = byOrdinal[ordinal];
      if (g == null) {
        g = new Group(ordinal, names, keep);
        byOrdinal[ordinal] = g;
        found.add(g);
      }
      total++;
      g.add(docBase + doc, scorer.score());
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }
}
