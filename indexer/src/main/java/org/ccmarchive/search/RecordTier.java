package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.ccmarchive.index.IndexSchema;

/**
 * The second tier of a search: records none of whose passages holds every part of the query, but
 * whose passages <em>together</em> do ({@code Régimbal voting patterns} when the name and the words
 * stand in different paragraphs of one set of minutes). They rank after every record of the first
 * tier (a passage holding it all).
 *
 * <p>Only the query's required top-level parts that search the text are spread over passages (a
 * part naming a passage attribute, {@code language:es}, holds for each passage used); each part is
 * still matched inside one passage, so a phrase stays within a paragraph, and {@code (A OR B)} is
 * met by a passage holding A or B. A {@code NOT} part excludes passages, as in the first tier (a
 * passage that has it cannot lend its words to the record). A query of one part (a word, a phrase,
 * an OR of alternatives) has no second tier: any passage meeting it is already in the first.
 *
 * <p>The facets and date histogram are not re-counted for this tier: they count the passages that
 * hold every word (the first tier), as before, whichever tier the page shows.
 */
final class RecordTier {

  /** A record found by this tier; {@code passages} are the best passage of each part. */
  record Found(String recordId, float score, long matching, long date, List<Integer> passages) {}

  private final List<Query> required;
  private final List<Query> everywhere;
  private final List<Query> excluded;

  private RecordTier(List<Query> required, List<Query> everywhere, List<Query> excluded) {
    this.required = List.copyOf(required);
    this.everywhere = List.copyOf(everywhere);
    this.excluded = List.copyOf(excluded);
  }

  /** The second tier of {@code userQuery}, when it has two or more required parts. */
  static Optional<RecordTier> of(Query userQuery) {
    if (!(userQuery instanceof BooleanQuery bq)) {
      return Optional.empty();
    }
    List<Query> required = new ArrayList<>();
    List<Query> everywhere = new ArrayList<>();
    List<Query> excluded = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) {
      switch (c.occur()) {
        case MUST -> (searchesText(c.query()) ? required : everywhere).add(c.query());
        case MUST_NOT -> excluded.add(c.query());
        default -> {
          // SHOULD next to required parts only scores; FILTER does not come from the parser
        }
      }
    }
    return required.size() < 2
        ? Optional.empty()
        : Optional.of(new RecordTier(required, everywhere, excluded));
  }

  /**
   * Each required part as searched on its own: the part, the parts every passage must meet, and the
   * excluded parts; a passage it matches lends that part to its record (the backends without a
   * Lucene searcher run these and combine them per record as {@link #find} does).
   */
  List<Query> partQueries() {
    List<Query> out = new ArrayList<>(required.size());
    for (Query part : required) {
      BooleanQuery.Builder q = new BooleanQuery.Builder().add(part, BooleanClause.Occur.MUST);
      everywhere.forEach(x -> q.add(x, BooleanClause.Occur.FILTER));
      excluded.forEach(x -> q.add(x, BooleanClause.Occur.MUST_NOT));
      out.add(q.build());
    }
    return out;
  }

  /**
   * Whether a part searches the text. A part that searches only a passage's attributes ({@code
   * language:es}, {@code speaker:Chile}) is not a word to be found somewhere in the record: it
   * holds for every passage that lends a word, as in the first tier.
   */
  private static boolean searchesText(Query part) {
    Set<String> text = IndexSchema.textFieldBoosts().keySet();
    boolean[] found = {false};
    part.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            found[0] |= text.contains(field) || IndexSchema.TEXT.equals(field);
            return false;
          }
        });
    return found[0];
  }

  /**
   * Records whose passages in {@code scope} (the passages the filters allow) hold every required
   * part between them, leaving out {@code firstTier}; in {@code order}. One pass per part, the
   * later passes keeping only records the earlier ones found.
   */
  List<Found> find(IndexSearcher searcher, Query scope, Set<String> firstTier, SortOrder order)
      throws IOException {
    Map<String, Partial> candidates = null;
    for (Query part : partQueries()) {
      Query q =
          new BooleanQuery.Builder()
              .add(part, BooleanClause.Occur.MUST)
              .add(scope, BooleanClause.Occur.FILTER)
              .build();
      Map<String, Best> found = bestPerRecord(searcher, q, candidates, firstTier);
      Map<String, Partial> next = new HashMap<>();
      for (Map.Entry<String, Best> e : found.entrySet()) {
        Partial before = candidates == null ? new Partial() : candidates.get(e.getKey());
        next.put(e.getKey(), before.plus(e.getValue()));
      }
      candidates = next;
      if (candidates.isEmpty()) {
        return List.of();
      }
    }
    List<Found> out = new ArrayList<>(candidates.size());
    candidates.forEach(
        (id, p) -> out.add(new Found(id, p.score, p.docs.size(), p.date, List.copyOf(p.best))));
    out.sort(order(order));
    return out;
  }

  /** The first tier's records and how many passages matched in them. */
  record FirstTier(Set<String> records, long passages) {}

  /** The records of the passages {@code query} matches (the first tier). */
  @SuppressWarnings("deprecation") // search(Query, Collector): one collector, no executor.
  static FirstTier firstTier(IndexSearcher searcher, Query query) throws IOException {
    PerRecord collector = new PerRecord(null, Set.of(), ScoreMode.COMPLETE_NO_SCORES);
    searcher.search(query, collector);
    long passages = collector.best.values().stream().mapToLong(b -> b.docs().size()).sum();
    return new FirstTier(collector.best.keySet(), passages);
  }

  @SuppressWarnings("deprecation") // search(Query, Collector): one collector, no executor.
  private static Map<String, Best> bestPerRecord(
      IndexSearcher searcher, Query query, Map<String, ?> within, Set<String> leaveOut)
      throws IOException {
    PerRecord collector = new PerRecord(within, leaveOut, ScoreMode.COMPLETE);
    searcher.search(query, collector);
    return collector.best;
  }

  /** The tier's order: by score or date as asked, ties by record id. */
  static Comparator<Found> order(SortOrder order) {
    Comparator<Found> byId = Comparator.comparing(Found::recordId);
    Comparator<Found> byScore = Comparator.comparing(Found::score, Comparator.reverseOrder());
    return switch (order) {
      case RELEVANCE -> byScore.thenComparing(byId);
      // undated records go last either way, as in the first tier
      case NEWEST ->
          Comparator.comparing(Found::date, Comparator.reverseOrder())
              .thenComparing(byScore)
              .thenComparing(byId);
      case OLDEST ->
          Comparator.comparing((Found f) -> f.date() == Long.MIN_VALUE ? Long.MAX_VALUE : f.date())
              .thenComparing(byScore)
              .thenComparing(byId);
    };
  }

  /** One part's best passage in one record, and every passage of the record that met it. */
  private record Best(float score, int doc, long date, Set<Integer> docs) {}

  /** What the parts so far found in one record. */
  private static final class Partial {
    float score;
    long date = Long.MIN_VALUE;
    final Set<Integer> docs = new LinkedHashSet<>();
    final Set<Integer> best = new LinkedHashSet<>();

    Partial plus(Best b) {
      Partial p = new Partial();
      p.score = score + b.score();
      p.date = Math.max(date, b.date());
      p.docs.addAll(docs);
      p.docs.addAll(b.docs());
      p.best.addAll(best);
      p.best.add(b.doc());
      return p;
    }
  }

  private static final class PerRecord extends SimpleCollector {
    final Map<String, Best> best = new HashMap<>();
    private final Map<String, ?> within;
    private final Set<String> leaveOut;
    private final ScoreMode mode;
    private SortedDocValues ids;
    private NumericDocValues dates;
    private Scorable scorer;
    private int docBase;

    PerRecord(Map<String, ?> within, Set<String> leaveOut, ScoreMode mode) {
      this.within = within;
      this.leaveOut = leaveOut;
      this.mode = mode;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      ids = DocValues.getSorted(context.reader(), IndexSchema.RECORD_ID);
      dates = DocValues.getNumeric(context.reader(), IndexSchema.DATE);
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
      String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
      if (leaveOut.contains(id) || (within != null && !within.containsKey(id))) {
        return;
      }
      float score = mode.needsScores() ? scorer.score() : 0f;
      long date = dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
      int global = docBase + doc;
      Best before = best.get(id);
      if (before == null) {
        Set<Integer> docs = new LinkedHashSet<>();
        docs.add(global);
        best.put(id, new Best(score, global, date, docs));
      } else {
        before.docs().add(global);
        if (score > before.score()) {
          best.put(id, new Best(score, global, date, before.docs()));
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return mode;
    }
  }
}
