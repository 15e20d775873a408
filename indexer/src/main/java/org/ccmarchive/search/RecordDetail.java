package org.ccmarchive.search;

import java.util.List;

/** A whole record: its metadata and every passage in order. */
public record RecordDetail(RecordSummary record, List<PassageHit> passages) {
  public RecordDetail {
    passages = List.copyOf(passages);
  }
}
