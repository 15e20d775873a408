package org.ccmarchive.testing;

import java.time.Duration;
import org.ccmarchive.search.QueryLimits;

/**
 * Query limits for tests: the production bounds, but a time budget no busy CI machine reaches. With
 * the production budget (one second) a search on a loaded two-core machine is cut short and answers
 * a partial, often empty page, so a test's outcome would depend on the machine's speed. Tests of
 * the budget itself set their own.
 */
public final class TestLimits {

  /** Long enough for any search of the test corpora on a machine at load 30. */
  public static final Duration UNHURRIED = Duration.ofMinutes(2);

  private TestLimits() {}

  public static QueryLimits unhurried() {
    return new QueryLimits(UNHURRIED, QueryLimits.COSTLY_CONCURRENCY);
  }
}
