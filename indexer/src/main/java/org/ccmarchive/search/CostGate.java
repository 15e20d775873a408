package org.ccmarchive.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;

/**
 * Admission control for costly searches (several wildcard or fuzzy terms, deep or large pages,
 * heavy facet work): only a few run at once, so a flood of them cannot starve ordinary searches of
 * CPU. A costly search that cannot start within a short wait is refused with {@link
 * SearchBusyException}.
 */
final class CostGate {

  /** Offset from which paging counts as costly. */
  static final int DEEP_OFFSET = 1_000;

  /** Page size above which a page counts as costly. */
  static final int LARGE_PAGE = 50;

  /** Dictionary-walking terms from which a query counts as costly. */
  static final int COSTLY_EXPANDING_TERMS = 2;

  /**
   * Filter values × filtered dimensions from which a search counts as costly. Drill-sideways runs
   * one counting pass per filtered dimension, each testing every passage against that many values:
   * a person ticks a few boxes (3 values in 3 dimensions is 9), a script sending 50 values in each
   * of 9 dimensions (4,050) costs a whole core for up to a second on a small archive.
   */
  static final long COSTLY_FILTER_WORK = 100;

  /**
   * Matching passages × counting passes (the drilled-down one plus one per filtered dimension) from
   * which facet counting counts as costly: every matching passage's values are counted once per
   * pass, so a broad query over a large archive costs in proportion.
   */
  static final long COSTLY_COUNTING_WORK = 2_000_000;

  /** The longest a permit rests after a costly search. */
  static final Duration MAX_REST = Duration.ofSeconds(1);

  private final Semaphore permits;
  private final Duration wait;
  private final double restPerBusy;

  CostGate(int concurrent, Duration wait) {
    this(concurrent, wait, 0);
  }

  /**
   * @param restPerBusy how long a permit rests after a costly search, as a multiple of the search's
   *     own time: 1 keeps each permit idle as long as it was busy, so a stream of costly searches
   *     takes at most half a core per permit, and ordinary searches keep the rest of the machine
   */
  CostGate(int concurrent, Duration wait, double restPerBusy) {
    this.permits = new Semaphore(concurrent, true);
    this.wait = wait;
    this.restPerBusy = restPerBusy;
  }

  static boolean isCostly(Query query, SearchRequest request) {
    return isCostly(query)
        || (long) (request.page() - 1) * request.size() >= DEEP_OFFSET
        || request.size() > LARGE_PAGE;
  }

  /**
   * Whether counting the facets is costly: many filter values across many dimensions, or many
   * passages to count ({@code matchingPassages}: those the query matches before filtering, each of
   * which is counted once per pass).
   */
  static boolean isFacetHeavy(Filters filters, long matchingPassages) {
    return filterWork(filters) >= COSTLY_FILTER_WORK
        || countingWork(matchingPassages, filters) >= COSTLY_COUNTING_WORK;
  }

  /**
   * Filter values × filtered dimensions (the date range is one value in a dimension of its own).
   */
  static long filterWork(Filters filters) {
    long dims = filters.dimensions().size() + (filters.hasDates() ? 1 : 0);
    long values =
        filters.dimensions().stream().mapToLong(d -> filters.of(d).size()).sum()
            + (filters.hasDates() ? 1 : 0);
    return values * dims;
  }

  /** Passages counted: each matching passage once per pass (drill-down plus one per dimension). */
  static long countingWork(long matchingPassages, Filters filters) {
    long passes = 1 + filters.dimensions().size() + (filters.hasDates() ? 1 : 0);
    return matchingPassages * passes;
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
          "The server is busy with other complex searches (wildcards, fuzzy terms, deep pages or"
              + " many filters). Try again in a moment, or use fewer wildcard and ~ terms or"
              + " filters.");
    }
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      releaseAfterRest(Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** The answer goes out at once; only the next costly search waits out the rest. */
  private void releaseAfterRest(Duration busy) {
    Duration rest = busy.multipliedBy(Math.round(restPerBusy * 1000)).dividedBy(1000);
    if (rest.compareTo(MAX_REST) > 0) {
      rest = MAX_REST;
    }
    if (rest.isZero() || rest.isNegative()) {
      permits.release();
      return;
    }
    Duration sleep = rest;
    Thread.ofVirtual()
        .name("cost-gate-rest")
        .start(
            () -> {
              try {
                Thread.sleep(sleep);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                permits.release();
              }
            });
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
