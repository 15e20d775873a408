package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A meeting in the list of meetings. */
public record MeetingSummary(
    Meeting meeting,
    Optional<LocalDate> date,
    List<RecordFacts> records,
    long decisions,
    int delegationsPresent) {

  public MeetingSummary {
    records = List.copyOf(records);
  }
}
