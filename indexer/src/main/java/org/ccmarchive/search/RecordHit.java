package org.ccmarchive.search;

import java.util.List;
import java.util.Locale;

/**
 * A record that matched, with its best passages first.
 *
 * @param match which tier found it: a passage holding the whole query, or the record's passages
 *     together ({@link RecordTier})
 */
public record RecordHit(
    RecordSummary record,
    float score,
    long matchingPassages,
    List<PassageHit> passages,
    Match match) {

  /** Where the query's words were found. */
  public enum Match {
    /** One passage holds the whole query. */
    PASSAGE,
    /** No passage holds it all; the record's passages do between them. */
    RECORD;

    /** The API's name for it ({@code passage}, {@code record}). */
    public String param() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public RecordHit {
    passages = List.copyOf(passages);
  }

  /** A record found by a passage holding the whole query. */
  public RecordHit(
      RecordSummary record, float score, long matchingPassages, List<PassageHit> passages) {
    this(record, score, matchingPassages, passages, Match.PASSAGE);
  }
}
