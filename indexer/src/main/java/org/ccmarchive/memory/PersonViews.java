package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** People as the records name them: for whom they spoke, the roles stated, the meetings. */
final class PersonViews {

  private final Snapshot snapshot;
  private final PassageViews views;

  PersonViews(Snapshot snapshot, PassageViews views) {
    this.snapshot = snapshot;
    this.views = views;
  }

  List<PersonSummary> people() {
    Map<String, String> names = personNames();
    List<PersonSummary> list = new ArrayList<>();
    for (String name : names.values()) {
      List<IndexedPassage> spoken = personInterventions(name);
      List<String> delegations =
          personDelegations(name, spoken).stream().map(RoleHeld::role).toList();
      list.add(new PersonSummary(name, Slugs.of(name), spoken.size(), delegations));
    }
    list.sort(
        Comparator.comparingLong(PersonSummary::interventions)
            .reversed()
            .thenComparing(PersonSummary::name));
    return list;
  }

  Optional<PersonProfile> person(String slug) {
    return Optional.ofNullable(personNames().get(slug))
        .map(
            name -> {
              List<IndexedPassage> spoken = personInterventions(name);
              return new PersonProfile(
                  name,
                  slug,
                  personDelegations(name, spoken),
                  personRoles(name, spoken),
                  personMeetings(name, spoken),
                  Tallies.timeline(spoken),
                  views.views(spoken.stream().limit(Tallies.LIST_LIMIT)));
            });
  }

  private Map<String, String> personNames() {
    Map<String, String> names = new TreeMap<>();
    snapshot.passages.forEach(p -> p.persons().forEach(s -> names.putIfAbsent(Slugs.of(s), s)));
    snapshot.records.values().stream()
        .flatMap(r -> r.attendance().stream())
        .flatMap(a -> a.persons().stream())
        .forEach(n -> names.putIfAbsent(Slugs.of(n), n));
    return names;
  }

  private List<IndexedPassage> personInterventions(String name) {
    return Tallies.newestFirst(snapshot.byPerson(name).stream());
  }

  /** Delegations a person was listed under, or spoke for in the same passage, with dates. */
  private List<RoleHeld> personDelegations(String name, List<IndexedPassage> spoken) {
    Map<String, List<RoleEvidence>> by = new LinkedHashMap<>();
    for (RecordFacts r : snapshot.records.values()) {
      for (Attendee a : r.attendance()) {
        if (a.persons().stream().anyMatch(n -> Slugs.same(n, name))) {
          by.computeIfAbsent(a.delegation(), k -> new ArrayList<>())
              .add(Roles.evidence(r, 0, "attendance list"));
        }
      }
    }
    for (IndexedPassage p : spoken) {
      if (p.speakers().size() == 1) {
        by.computeIfAbsent(p.speakers().getFirst(), k -> new ArrayList<>())
            .add(Roles.evidence(p.record(), p.ordinal(), "speaking for"));
      }
    }
    return Roles.held(name, by);
  }

  /** Roles the records state for this person by name (never a delegation's role). */
  private List<RoleHeld> personRoles(String name, List<IndexedPassage> spoken) {
    Map<String, List<RoleEvidence>> by = new LinkedHashMap<>();
    String surname = StatedRoles.surname(name);
    Set<String> records = new HashSet<>();
    spoken.forEach(p -> records.add(p.record().id()));
    snapshot.records.values().stream()
        .filter(r -> r.attendance().stream().anyMatch(a -> Tallies.containsName(a.persons(), name)))
        .forEach(r -> records.add(r.id()));
    // Roles are often stated where someone else speaks ("gave the floor to the Director of the
    // ISU, Ms Pamela Moraga"): read every passage of the records that name the person.
    for (IndexedPassage p : snapshot.passages) {
      if (!records.contains(p.record().id())) {
        continue;
      }
      String text = views.text(p);
      if (!text.contains(surname)) {
        continue;
      }
      for (String role : StatedRoles.of(name, text)) {
        by.computeIfAbsent(role, k -> new ArrayList<>())
            .add(Roles.evidence(p.record(), p.ordinal(), "stated in the record"));
      }
    }
    return Roles.held(name, by);
  }

  private List<MeetingAttended> personMeetings(String name, List<IndexedPassage> spoken) {
    Map<Meeting, MeetingAttended> out = new LinkedHashMap<>();
    for (RecordFacts r : snapshot.records.values()) {
      boolean listed =
          r.attendance().stream()
              .anyMatch(
                  a -> a.present() && a.persons().stream().anyMatch(n -> Slugs.same(n, name)));
      long count = spoken.stream().filter(p -> p.record() == r).count();
      if (r.meeting().isPresent() && (listed || count > 0)) {
        Meeting m = r.meeting().get();
        MeetingAttended before = out.get(m);
        out.put(
            m,
            new MeetingAttended(
                m,
                snapshot.meetingDate(m),
                listed || (before != null && before.listedPresent()),
                count + (before == null ? 0 : before.interventions())));
      }
    }
    return out.values().stream()
        .sorted(
            Comparator.comparing((MeetingAttended a) -> a.date().orElse(LocalDate.MIN)).reversed())
        .toList();
  }
}
