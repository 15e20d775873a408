package org.ccmarchive.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;

/**
 * Admission control for costly searches (several wildcard or fuzzy terms, deep or large pages):
 * only a few run at once, so a flood of them cannot starve ordinary searches of CPU. A costly
 * search that cannot start within a short wait is refused with {@link SearchBusyException}.
 */
final class CostGate {

  /** Offset from which paging counts as costly. */
  static final int DEEP_OFFSET = 1_000;

  /** Page size above which a page counts as costly. */
  static final int LARGE_PAGE = 50;

  /** Dictionary-walking terms from which a query counts as costly. */
  static final int COSTLY_EXPANDING_TERMS = 2;

  private final Semaphore permits;
  private final Duration wait;

  CostGate(int concurrent, Duration wait) {
    this.permits = new Semaphore(concurrent, true);
    this.wait = wait;
  }

  static boolean isCostly(Query query, SearchRequest request) {
    return isCostly(query)
        || (long) (request.page() - 1) * request.size() >= DEEP_OFFSET
        || request.size() > LARGE_PAGE;
  }

  static boolean isCostly(Query query) {
    return query != null && QueryGuard.expandingTerms(query) >= COSTLY_EXPANDING_TERMS;
  }

  <T> T run(boolean costly, Supplier<T> work) {
    if (!costly) {
      return work.get();
    }
    if (!acquire()) {
      throw new SearchBusyException(
          "The server is busy with other complex searches (wildcards, fuzzy terms or deep pages)."
              + " Try again in a moment, or use fewer wildcard and ~ terms.");
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  private boolean acquire() {
    try {
      return permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
