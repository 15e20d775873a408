package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ccmarchive.enrich.Gazetteer;

/**
 * Delegations (States and organisations) as the records show them: who speaks and attends, where,
 * in which roles, about what.
 */
final class DelegationViews {

  private final Snapshot snapshot;
  private final PassageViews views;

  DelegationViews(Snapshot snapshot, PassageViews views) {
    this.snapshot = snapshot;
    this.views = views;
  }

  List<DelegationSummary> delegations() {
    Map<String, String> names = delegationNames();
    List<DelegationSummary> list = new ArrayList<>();
    for (String name : names.values()) {
      List<IndexedPassage> spoken = interventions(name);
      List<MeetingAttended> meetings = meetingsOf(name, spoken);
      List<LocalDate> dates =
          spoken.stream().flatMap(p -> p.record().date().stream()).sorted().toList();
      list.add(
          new DelegationSummary(
              name,
              Slugs.of(name),
              spoken.size(),
              meetings.size(),
              delegationRoles(name).size(),
              dates.isEmpty() ? Optional.empty() : Optional.of(dates.getFirst()),
              dates.isEmpty() ? Optional.empty() : Optional.of(dates.getLast())));
    }
    list.sort(
        Comparator.comparingLong(DelegationSummary::interventions)
            .reversed()
            .thenComparing(DelegationSummary::name));
    return list;
  }

  Optional<DelegationProfile> delegation(String slug, String query, Set<Integer> matching) {
    return Optional.ofNullable(delegationNames().get(slug))
        .map(
            name -> {
              List<IndexedPassage> spoken = interventions(name);
              List<IndexedPassage> shown =
                  matching == null
                      ? spoken
                      : spoken.stream().filter(p -> matching.contains(p.doc())).toList();
              return new DelegationProfile(
                  name,
                  slug,
                  delegationRoles(name),
                  meetingsOf(name, spoken),
                  Tallies.timeline(spoken),
                  Tallies.top(spoken, IndexedPassage::articles),
                  Tallies.top(spoken, IndexedPassage::topics),
                  spoken.size(),
                  query,
                  views.views(shown.stream().limit(Tallies.LIST_LIMIT)));
            });
  }

  /**
   * The slug of the delegation {@code typed} names: its name or slug in any case, or an alias of
   * the State or organisation ({@code Tchad} → {@code chad}); empty when no such delegation speaks
   * or attends.
   */
  Optional<String> delegationSlug(String typed, Gazetteer gazetteer) {
    Map<String, String> names = delegationNames();
    String slug = Slugs.of(typed);
    if (names.containsKey(slug)) {
      return Optional.of(slug);
    }
    return gazetteer.lookupTyped(typed).map(e -> Slugs.of(e.name())).filter(names::containsKey);
  }

  /** Every name that speaks or attends, by slug. */
  private Map<String, String> delegationNames() {
    Map<String, String> names = new TreeMap<>();
    snapshot.passages.forEach(p -> p.speakers().forEach(s -> names.putIfAbsent(Slugs.of(s), s)));
    snapshot.records.values().stream()
        .flatMap(r -> r.attendance().stream())
        .forEach(a -> names.putIfAbsent(Slugs.of(a.delegation()), a.delegation()));
    return names;
  }

  private List<IndexedPassage> interventions(String name) {
    return Tallies.newestFirst(snapshot.speaking(name).stream());
  }

  private List<MeetingAttended> meetingsOf(String name, List<IndexedPassage> spoken) {
    Map<Meeting, long[]> spokeAt = new LinkedHashMap<>();
    spoken.forEach(
        p ->
            p.record().meeting().ifPresent(m -> spokeAt.computeIfAbsent(m, k -> new long[1])[0]++));
    Map<Meeting, MeetingAttended> out = new LinkedHashMap<>();
    for (RecordFacts r : snapshot.records.values()) {
      if (r.meeting().isEmpty()) {
        continue;
      }
      Meeting m = r.meeting().get();
      boolean present =
          r.attendance().stream().anyMatch(a -> a.present() && Slugs.same(a.delegation(), name));
      long count = spokeAt.getOrDefault(m, new long[1])[0];
      MeetingAttended before = out.get(m);
      if (present || count > 0 || before != null) {
        boolean listed = present || (before != null && before.listedPresent());
        out.put(m, new MeetingAttended(m, snapshot.meetingDate(m), listed, count));
      }
    }
    return out.values().stream()
        .sorted(
            Comparator.comparing((MeetingAttended a) -> a.date().orElse(LocalDate.MIN)).reversed())
        .toList();
  }

  /** Roles of a delegation: from attendance lists and from section headings. */
  private List<RoleHeld> delegationRoles(String name) {
    Map<String, List<RoleEvidence>> byRole = new LinkedHashMap<>();
    for (RecordFacts r : snapshot.records.values()) {
      for (Attendee a : r.attendance()) {
        if (a.role().isPresent() && Slugs.same(a.delegation(), name)) {
          byRole
              .computeIfAbsent(HeadingRoles.attendanceRole(a.role().get()), k -> new ArrayList<>())
              .add(Roles.evidence(r, 0, "attendance list"));
        }
      }
    }
    for (HeadingRole h : headingRoles()) {
      if (Slugs.same(h.holder(), name)) {
        byRole.computeIfAbsent(h.role(), k -> new ArrayList<>()).add(h.evidence());
      }
    }
    return Roles.held(name, byRole);
  }

  private record HeadingRole(String holder, String role, RoleEvidence evidence) {}

  private List<HeadingRole> headingRoles;

  /** Roles stated by section headings, for holders that are known delegations; read once. */
  private List<HeadingRole> headingRoles() {
    if (headingRoles == null) {
      Set<String> known = delegationNames().keySet();
      List<HeadingRole> found = new ArrayList<>();
      for (IndexedPassage p : snapshot.passages) {
        if (p.heading()) {
          for (HeadingRoles.Stated s :
              HeadingRoles.of(views.text(p), n -> known.contains(Slugs.of(n)))) {
            found.add(
                new HeadingRole(
                    s.holder(),
                    s.role(),
                    Roles.evidence(p.record(), p.ordinal(), "section heading")));
          }
        }
      }
      headingRoles = List.copyOf(found);
    }
    return headingRoles;
  }
}
