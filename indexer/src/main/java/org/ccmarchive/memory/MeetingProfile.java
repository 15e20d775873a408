package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One meeting: its records, date and place, who attended, the agenda as its records' headings give
 * it, the decisions taken, and its neighbours in the same series.
 */
public record MeetingProfile(
    Meeting meeting,
    Optional<LocalDate> date,
    Optional<String> place,
    List<RecordFacts> records,
    List<Attendee> attendance,
    List<PassageView> agenda,
    List<PassageView> decisions,
    Optional<MeetingSummary> previous,
    Optional<MeetingSummary> next) {

  public MeetingProfile {
    records = List.copyOf(records);
    attendance = List.copyOf(attendance);
    agenda = List.copyOf(agenda);
    decisions = List.copyOf(decisions);
  }
}
