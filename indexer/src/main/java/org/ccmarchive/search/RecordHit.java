package org.ccmarchive.search;

import java.util.List;

/** A record that matched, with its best passages first. */
public record RecordHit(
    RecordSummary record, float score, long matchingPassages, List<PassageHit> passages) {
  public RecordHit {
    passages = List.copyOf(passages);
  }
}
