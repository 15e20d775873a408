package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final long MS = 1_000_000L;

  @Test
  void theBudgetCountsFromTheRequestsArrival() {
    long start = 5_000 * MS;
    assertThat(TimeBudget.deadline(start, start + 100 * MS, SECOND)).isEqualTo(start + 1_000 * MS);
  }

  @Test
  void aSearchThatStartsLateStillGetsAQuarterOfTheBudget() {
    long start = 5_000 * MS;
    long late = start + 900 * MS;
    assertThat(TimeBudget.deadline(start, late, SECOND)).isEqualTo(late + 250 * MS);
    long spent = start + 3_000 * MS;
    assertThat(TimeBudget.deadline(start, spent, SECOND)).isEqualTo(spent + 250 * MS);
  }

  @Test
  void nanoTimeWrappingAroundDoesNotEndTheBudget() {
    long start = Long.MAX_VALUE - 100 * MS;
    long deadline = TimeBudget.deadline(start, start + 10 * MS, SECOND);
    assertThat(deadline - start).isEqualTo(1_000 * MS);
  }

  @Test
  void aZeroBudgetStaysZero() {
    long now = 42 * MS;
    assertThat(TimeBudget.deadline(now, now, Duration.ZERO)).isEqualTo(now);
  }
}
