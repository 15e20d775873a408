package org.ccmarchive.search;

import java.time.Duration;

/**
 * What one search may cost. Every bound has a clear refusal (HTTP 400) except the time budget,
 * which ends collection early and marks the results partial.
 *
 * @param timeBudget wall-clock time the collection of one search may take
 * @param costlyConcurrency costly searches that may run at once (0 refuses every costly search: a
 *     server that must only answer cheap ones, or a test of the refusal)
 * @param cachedAnswers searches (and facet counts) kept per index generation and answered again
 *     without searching; 0 searches every time (benchmarks of the search path itself)
 */
public record QueryLimits(Duration timeBudget, int costlyConcurrency, int cachedAnswers) {

  /** Answers kept per index generation: a few hundred pages of results, a few MB. */
  public static final int CACHED_ANSWERS = 256;

  public QueryLimits(Duration timeBudget, int costlyConcurrency) {
    this(timeBudget, costlyConcurrency, CACHED_ANSWERS);
  }

  /** The same limits with no answer kept: every search runs. */
  public QueryLimits uncached() {
    return new QueryLimits(timeBudget, costlyConcurrency, 0);
  }

  /** Characters in a query ({@link SearchRequest#MAX_QUERY_LENGTH}). */
  public static final int MAX_QUERY_LENGTH = SearchRequest.MAX_QUERY_LENGTH;

  /** Terms in a parsed query, counting every word of every phrase. */
  public static final int MAX_TERMS = 256;

  /** Wildcard, prefix, fuzzy and range terms in one query: each walks the term dictionary. */
  public static final int MAX_EXPANDING_TERMS = 8;

  /** Literal characters a wildcard term must start with ({@code mu*} yes, {@code *a*} no). */
  public static final int MIN_WILDCARD_PREFIX = 2;

  /** Work limit for turning a wildcard into an automaton (Lucene's unit: states). */
  public static final int DETERMINIZE_WORK_LIMIT = 10_000;

  /** Deepest result reachable by paging: page × size. Past it, refine the query. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  /** Characters of one passage the highlighter analyses (snippets and record views). */
  public static final int HIGHLIGHT_MAX_CHARS = 20_000;

  /**
   * Most values one facet dimension lists, on the search page and from the facet-values API; the
   * rest are reachable by autocomplete.
   */
  public static final int MAX_FACET_VALUES = 100;

  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMillis(1_000);

  /** Costly searches running at once: half the cores, so ordinary searches keep the rest. */
  public static final int COSTLY_CONCURRENCY =
      Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  /**
   * How long a costly search's permit rests afterwards, as a multiple of the time it ran: costly
   * searches then use at most half of the cores they are allowed, whatever a flood of them sends.
   */
  public static final double COSTLY_REST_PER_BUSY = 1.0;

  /** How long a costly search may wait for its turn before it is refused (503). */
  public static final Duration COSTLY_WAIT = Duration.ofMillis(250);

  /** Edits a {@code word~} allows when the query names none. */
  public static final int DEFAULT_FUZZY_EDITS = 1;

  public static QueryLimits defaults() {
    return new QueryLimits(DEFAULT_TIME_BUDGET, COSTLY_CONCURRENCY);
  }

  public QueryLimits {
    if (costlyConcurrency < 0) {
      throw new IllegalArgumentException("costlyConcurrency < 0: " + costlyConcurrency);
    }
    if (cachedAnswers < 0) {
      throw new IllegalArgumentException("cachedAnswers < 0: " + cachedAnswers);
    }
  }

  /** Refuses a page past the reachable window. */
  static void checkWindow(SearchRequest request) {
    if ((long) request.page() * request.size() > MAX_RESULT_WINDOW) {
      throw new InvalidQueryException("query.window", MAX_RESULT_WINDOW);
    }
  }
}
