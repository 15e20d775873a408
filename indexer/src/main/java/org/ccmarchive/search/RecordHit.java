package org.ccmarchive.search;

import java.util.List;
import java.util.Locale;

/**
 * A record that matched, with its best passages first.
 *
 * @param versions the record's other language versions, when the search shows language versions as
 *     one hit ({@link ArchiveIndex#withVersionsTogether}); else empty
 * @param match which tier found it: a passage holding the whole query, or the record's passages
 *     together ({@link RecordTier})
 */
public record RecordHit(
    RecordSummary record,
    float score,
    long matchingPassages,
    List<PassageHit> passages,
    List<RecordVersion> versions,
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
    versions = List.copyOf(versions);
  }

  /** A record found by a passage holding the whole query, shown alone. */
  public RecordHit(
      RecordSummary record, float score, long matchingPassages, List<PassageHit> passages) {
    this(record, score, matchingPassages, passages, List.of(), Match.PASSAGE);
  }

  /** A record found by {@code match}, shown alone. */
  public RecordHit(
      RecordSummary record,
      float score,
      long matchingPassages,
      List<PassageHit> passages,
      Match match) {
    this(record, score, matchingPassages, passages, List.of(), match);
  }

  /** The same hit, linking to {@code others}. */
  RecordHit withVersions(List<RecordVersion> others) {
    return new RecordHit(record, score, matchingPassages, passages, others, match);
  }
}
