package org.ccmarchive.search;

import java.util.List;

/**
 * A record that matched, with its best passages first.
 *
 * @param versions the record's other language versions, when the search shows language versions as
 *     one hit ({@link SearchService#withVersionsTogether}); else empty
 */
public record RecordHit(
    RecordSummary record,
    float score,
    long matchingPassages,
    List<PassageHit> passages,
    List<RecordVersion> versions) {
  public RecordHit {
    passages = List.copyOf(passages);
    versions = List.copyOf(versions);
  }

  public RecordHit(
      RecordSummary record, float score, long matchingPassages, List<PassageHit> passages) {
    this(record, score, matchingPassages, passages, List.of());
  }

  /** The same hit, linking to {@code others}. */
  RecordHit withVersions(List<RecordVersion> others) {
    return new RecordHit(record, score, matchingPassages, passages, others);
  }
}
