package org.ccmarchive.search;

import java.util.List;
import java.util.Optional;

/**
 * A whole record: its metadata, every passage in order, and its links to other records.
 *
 * @param cites the symbols this record cites, with the record bearing each when it is indexed
 * @param citedBy records that cite this record's symbol
 */
public record RecordDetail(
    RecordSummary record,
    List<PassageHit> passages,
    List<RecordLink> cites,
    List<RecordLink> citedBy) {
  public RecordDetail {
    passages = List.copyOf(passages);
    cites = List.copyOf(cites);
    citedBy = List.copyOf(citedBy);
  }

  public RecordDetail(RecordSummary record, List<PassageHit> passages) {
    this(record, passages, List.of(), List.of());
  }

  /**
   * A document symbol and, when the archive holds it, the record that bears it.
   *
   * @param symbol e.g. {@code CCM/MSP/2024/11}
   * @param recordId the record's id, if indexed
   * @param title the record's title, if indexed
   */
  public record RecordLink(String symbol, Optional<String> recordId, Optional<String> title) {}
}
