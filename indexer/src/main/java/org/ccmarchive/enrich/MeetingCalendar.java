package org.ccmarchive.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.data.TsvFile;

/**
 * The calendar of CCM meetings from {@code meetings.tsv}: each session's series, dates, place and
 * presiding State. Gives a record that names its meeting only by ordinal its dates, "the President"
 * of a meeting its State, and the Coordination Committee the presidency in office on a day.
 */
public final class MeetingCalendar {

  /**
   * One session of a series.
   *
   * @param session its code ({@code 9MSP}, {@code 2RC})
   * @param series {@link MeetingFinder#MSP} or {@link MeetingFinder#RC}
   * @param first first day
   * @param last last day
   * @param place city
   * @param presidency presiding State (gazetteer name), if known
   */
  public record Session(
      String session,
      String series,
      LocalDate first,
      LocalDate last,
      String place,
      Optional<String> presidency) {

    /** True when {@code day} falls within the session's days. */
    public boolean includes(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }

  private final List<Session> sessions;

  MeetingCalendar(List<Session> sessions) {
    this.sessions = sessions.stream().sorted(Comparator.comparing(Session::last)).toList();
  }

  /** The calendar shipped with the indexer. */
  public static MeetingCalendar standard() {
    List<Session> out = new ArrayList<>();
    for (String[] r : TsvFile.rows(MeetingCalendar.class, "meetings.tsv")) {
      out.add(
          new Session(
              r[0],
              r[1],
              LocalDate.parse(r[2]),
              LocalDate.parse(r[3]),
              r[4],
              r[5].equals("-") ? Optional.empty() : Optional.of(r[5])));
    }
    return new MeetingCalendar(out);
  }

  /** The session with this code ({@code 11MSP}). */
  public Optional<Session> session(String code) {
    return sessions.stream().filter(s -> s.session().equals(code)).findFirst();
  }

  /** The session a meeting path ({@code Meeting of States Parties › 9MSP}) names, if any. */
  public Optional<Session> sessionOf(String meeting) {
    int sep = meeting.lastIndexOf(RecordFacts.PATH_SEPARATOR);
    return sep < 0
        ? Optional.empty()
        : session(meeting.substring(sep + RecordFacts.PATH_SEPARATOR.length()));
  }

  /** The presiding State of a session by its code ({@code 13MSP}). */
  public Optional<String> presidencyOf(String code) {
    return session(code).flatMap(Session::presidency);
  }

  /**
   * The presidency in office on {@code day}: that of the first session ending on or after it (a
   * presidency runs from the end of one meeting to the end of the next), if that is known.
   */
  public Optional<String> presidencyOn(LocalDate day) {
    return sessions.stream()
        .filter(s -> !s.last().isBefore(day))
        .findFirst()
        .filter(s -> !s.first().minusYears(2).isAfter(day))
        .flatMap(Session::presidency);
  }

  /**
   * The presiding State of a record's meeting: the session's presidency, or for a Coordination
   * Committee meeting ({@code Coordination Committee › 2013-04-17}) the presidency on that day.
   */
  public Optional<String> presidencyOf(Optional<String> meeting, Optional<LocalDate> date) {
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    Optional<Session> s = sessionOf(meeting.get());
    if (s.isPresent()) {
      return s.get().presidency();
    }
    // The Coordination Committee and the intersessional meetings are chaired by the presidency in
    // office on their date.
    boolean chaired =
        meeting.get().startsWith(MeetingFinder.COORDINATION_COMMITTEE)
            || meeting.get().startsWith(MeetingFinder.INTERSESSIONAL);
    if (chaired && date.isPresent()) {
      return presidencyOn(date.get());
    }
    return Optional.empty();
  }
}
