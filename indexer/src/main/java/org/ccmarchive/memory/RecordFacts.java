package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Record-level facts the knowledge base works with. */
public record RecordFacts(
    String id,
    String title,
    String format,
    Optional<String> type,
    Optional<Meeting> meeting,
    Optional<LocalDate> date,
    Optional<String> place,
    Optional<String> language,
    List<Attendee> attendance) {

  public RecordFacts {
    attendance = List.copyOf(attendance);
  }
}
