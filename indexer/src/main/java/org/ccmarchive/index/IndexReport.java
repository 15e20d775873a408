package org.ccmarchive.index;

import java.time.Duration;
import java.util.List;

/**
 * What an indexing run did.
 *
 * @param indexed records written
 * @param passages passages written
 * @param bytes bytes of the files read
 * @param failures files skipped, each with its reason
 * @param elapsed wall time
 */
public record IndexReport(
    int indexed, long passages, long bytes, List<Failure> failures, Duration elapsed) {

  public IndexReport {
    failures = List.copyOf(failures);
  }

  /** A file that could not be indexed and why. */
  public record Failure(String file, String reason) {}

  public double filesPerSecond() {
    double s = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return (indexed + failures.size()) / s;
  }

  public double megabytesPerSecond() {
    double s = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return bytes / 1e6 / s;
  }

  public String summary() {
    return String.format(
        "indexed %d records (%d passages), failed %d, %.1f s, %.1f files/s, %.2f MB/s",
        indexed,
        passages,
        failures.size(),
        elapsed.toNanos() / 1e9,
        filesPerSecond(),
        megabytesPerSecond());
  }
}
