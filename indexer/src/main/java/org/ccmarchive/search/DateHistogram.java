package org.ccmarchive.search;

import java.time.LocalDate;
import java.util.List;

/**
 * How many passages fall in each year, or in each month when they all fall in one year. Computed
 * without the date range itself, so every bar can be chosen.
 *
 * @param granularity {@code year} or {@code month}
 * @param buckets in time order, only non-empty ones
 */
public record DateHistogram(String granularity, List<Bucket> buckets) {

  public static final DateHistogram EMPTY = new DateHistogram("year", List.of());

  public DateHistogram {
    buckets = List.copyOf(buckets);
  }

  public long maxCount() {
    return buckets.stream().mapToLong(Bucket::count).max().orElse(0);
  }

  /**
   * One bar.
   *
   * @param label {@code 2024} or {@code 2024-01}
   * @param from first day of the bucket
   * @param to last day of the bucket
   * @param count passages dated in it
   */
  public record Bucket(String label, LocalDate from, LocalDate to, long count) {}
}
