package org.ccmarchive.search;

import java.util.List;
import java.util.Optional;
import org.ccmarchive.enrich.Attendance;

/** Record-level facts shown with every hit and in the record view. */
public record RecordSummary(
    String id,
    String title,
    String file,
    String format,
    String mediaType,
    Optional<String> type,
    Optional<String> meeting,
    Optional<String> date,
    Optional<String> language,
    int pageCount,
    long sizeBytes,
    Optional<String> symbol,
    List<String> citedSymbols,
    Optional<String> place,
    Attendance attendance) {

  public RecordSummary {
    citedSymbols = List.copyOf(citedSymbols);
  }
}
