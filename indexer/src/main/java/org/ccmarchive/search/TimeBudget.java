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

  /**
   * A searcher of its own, whose budget counts from {@code startNanos} (when the request arrived,
   * so time spent waiting for a turn is part of it), for one request over the shared reader
   * (cheap), so the timeout is not shared between concurrent searches.
   */
  static IndexSearcher searcher(IndexSearcher shared, long startNanos, Duration budget) {
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setTimeout(new TimeBudget(startNanos + budget.toNanos()));
    return searcher;
  }
}
