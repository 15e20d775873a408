package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Meetings and their records: agenda, attendance, decisions, the sessions before and after. */
final class MeetingViews {

  private final Snapshot snapshot;
  private final PassageViews views;

  MeetingViews(Snapshot snapshot, PassageViews views) {
    this.snapshot = snapshot;
    this.views = views;
  }

  List<MeetingSummary> meetings() {
    return meetingRecords().entrySet().stream()
        .map(e -> summary(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparing((MeetingSummary s) -> s.date().orElse(LocalDate.MIN)).reversed())
        .toList();
  }

  Optional<MeetingProfile> meeting(String seriesSlug, String sessionSlug) {
    return meetingRecords().entrySet().stream()
        .filter(e -> e.getKey().matches(seriesSlug, sessionSlug))
        .findFirst()
        .map(e -> profile(e.getKey(), e.getValue()));
  }

  private MeetingProfile profile(Meeting m, List<RecordFacts> records) {
    List<MeetingSummary> series =
        meetings().stream()
            .filter(s -> s.meeting().series().equals(m.series()))
            .sorted(Comparator.comparing((MeetingSummary s) -> s.date().orElse(LocalDate.MIN)))
            .toList();
    int at = indexOf(series, m);
    List<IndexedPassage> passages =
        snapshot.passages.stream()
            .filter(p -> m.equals(p.record().meeting().orElse(null)))
            .toList();
    return new MeetingProfile(
        m,
        snapshot.meetingDate(m),
        records.stream().flatMap(r -> r.place().stream()).findFirst(),
        records,
        records.stream().flatMap(r -> r.attendance().stream()).toList(),
        views.views(passages.stream().filter(p -> p.heading() && isMinutes(p.record()))),
        views
            .languageVersionsTogether(passages.stream().filter(IndexedPassage::decision).toList())
            .stream()
            .map(views::view)
            .toList(),
        at > 0 ? Optional.of(series.get(at - 1)) : Optional.empty(),
        at >= 0 && at + 1 < series.size() ? Optional.of(series.get(at + 1)) : Optional.empty());
  }

  /** The agenda is read from minutes (or, when a meeting has no minutes, from all its records). */
  private boolean isMinutes(RecordFacts r) {
    boolean meetingHasMinutes =
        snapshot.records.values().stream()
            .anyMatch(o -> o.meeting().equals(r.meeting()) && minutes(o));
    return !meetingHasMinutes || minutes(r);
  }

  private static boolean minutes(RecordFacts r) {
    return r.type().map(t -> t.toLowerCase(Locale.ROOT).contains("minutes")).orElse(false);
  }

  private static int indexOf(List<MeetingSummary> series, Meeting m) {
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).meeting().equals(m)) {
        return i;
      }
    }
    return -1;
  }

  private MeetingSummary summary(Meeting m, List<RecordFacts> records) {
    long decisions =
        snapshot.passages.stream()
            .filter(p -> p.decision() && m.equals(p.record().meeting().orElse(null)))
            .count();
    int present =
        (int)
            records.stream()
                .flatMap(r -> r.attendance().stream())
                .filter(Attendee::present)
                .map(a -> Slugs.of(a.delegation()))
                .distinct()
                .count();
    return new MeetingSummary(m, snapshot.meetingDate(m), records, decisions, present);
  }

  private Map<Meeting, List<RecordFacts>> meetingRecords() {
    Map<Meeting, List<RecordFacts>> byMeeting = new LinkedHashMap<>();
    snapshot.records.values().stream()
        .sorted(Comparator.comparing(RecordFacts::id))
        .forEach(
            r ->
                r.meeting()
                    .ifPresent(m -> byMeeting.computeIfAbsent(m, k -> new ArrayList<>()).add(r)));
    return byMeeting;
  }
}
