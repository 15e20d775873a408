package org.ccmarchive.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * A deadline for one search. Lucene checks it while collecting and stops early; the searcher then
 * reports {@link IndexSearcher#timedOut()} and the results are marked partial.
 */
final class TimeBudget implements QueryTimeout {

  private final long deadline;

  private TimeBudget(long deadline) {
    this.deadline = deadline;
  }

  @Override
  public boolean shouldExit() {
    return System.nanoTime() - deadline > 0;
  }

  /** Share of the budget the search itself always gets, however long the request waited. */
  static final int MIN_SEARCH_SHARE = 4;

  /**
   * A searcher of its own, whose budget counts from {@code startNanos} (when the request arrived,
   * so time spent waiting for a turn is part of it), for one request over the shared reader
   * (cheap), so the timeout is not shared between concurrent searches. The search itself gets at
   * least a quarter of the budget: a request that spent its budget before searching (a cold start
   * loading the analyzers, a busy machine) would otherwise answer "nothing found" for a query that
   * matches.
   */
  static IndexSearcher searcher(IndexSearcher shared, long startNanos, Duration budget) {
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setTimeout(new TimeBudget(deadline(startNanos, System.nanoTime(), budget)));
    return searcher;
  }

  static long deadline(long startNanos, long nowNanos, Duration budget) {
    long fromStart = startNanos + budget.toNanos();
    long fromNow = nowNanos + budget.toNanos() / MIN_SEARCH_SHARE;
    return fromNow - fromStart > 0 ? fromNow : fromStart;
  }
}
