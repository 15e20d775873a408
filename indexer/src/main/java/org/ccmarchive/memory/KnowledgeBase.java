package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.index.IndexSchema;

/**
 * The knowledge base's answers, computed from one {@link Snapshot}: pure aggregation over passage
 * facts; the text of the passages shown is read through {@code texts}.
 */
final class KnowledgeBase {

  static final int TOP = 10;
  static final int LIST_LIMIT = 200;

  private final Snapshot snapshot;
  private final Function<IndexedPassage, String> texts;
  private final ConventionArticles articles;

  KnowledgeBase(
      Snapshot snapshot, Function<IndexedPassage, String> texts, ConventionArticles articles) {
    this.snapshot = snapshot;
    this.texts = texts;
    this.articles = articles;
  }

  // Decisions

  DecisionRegister decisions(DecisionFilter f, int limit) {
    List<IndexedPassage> all =
        newestFirst(snapshot.passages.stream().filter(IndexedPassage::decision));
    List<IndexedPassage> kept =
        all.stream()
            .filter(p -> f.meeting().map(m -> inMeeting(p, m)).orElse(true))
            .filter(p -> f.article().map(a -> containsName(p.articles(), a)).orElse(true))
            .filter(p -> f.topic().map(t -> containsName(p.topics(), t)).orElse(true))
            .filter(p -> f.year().map(y -> year(p).equals(Optional.of(y))).orElse(true))
            .toList();
    List<List<IndexedPassage>> entries = languageVersionsTogether(kept);
    kept = entries.stream().map(List::getFirst).toList();
    return new DecisionRegister(
        f,
        kept.size(),
        entries.stream().limit(limit).map(this::view).toList(),
        options(kept, p -> p.record().meeting().stream().map(m -> Map.entry(m.path(), m.label()))),
        options(kept, p -> p.articles().stream().map(a -> Map.entry(a, a))),
        options(kept, p -> p.topics().stream().map(t -> Map.entry(t, t))),
        options(kept, p -> year(p).stream().map(y -> Map.entry(y.toString(), y.toString()))));
  }

  Optional<DecisionDetail> decision(String recordId, int ordinal) {
    return snapshot.passages.stream()
        .filter(p -> p.decision() && p.record().id().equals(recordId) && p.ordinal() == ordinal)
        .findFirst()
        .map(d -> new DecisionDetail(view(d), views(precedents(d).stream().limit(LIST_LIMIT))));
  }

  /** Earlier decisions sharing an article or a topic with {@code d}, newest first. */
  private List<IndexedPassage> precedents(IndexedPassage d) {
    Set<String> subjects = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    subjects.addAll(d.articles());
    subjects.addAll(d.topics());
    return newestFirst(
        snapshot.passages.stream()
            .filter(IndexedPassage::decision)
            .filter(p -> p != d && earlier(p, d))
            .filter(
                p ->
                    Stream.concat(p.articles().stream(), p.topics().stream())
                        .anyMatch(subjects::contains)));
  }

  private static boolean earlier(IndexedPassage p, IndexedPassage than) {
    Optional<LocalDate> a = p.record().date();
    Optional<LocalDate> b = than.record().date();
    if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
      return a.get().isBefore(b.get());
    }
    return p.record().id().equals(than.record().id()) && p.ordinal() < than.ordinal();
  }

  // Delegations

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
                  timeline(spoken),
                  top(spoken, IndexedPassage::articles),
                  top(spoken, IndexedPassage::topics),
                  spoken.size(),
                  query,
                  views(shown.stream().limit(LIST_LIMIT)));
            });
  }

  /** Every name that speaks, attends or holds a heading role, by slug. */
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

  private Map<String, String> delegationNames() {
    Map<String, String> names = new TreeMap<>();
    snapshot.passages.forEach(p -> p.speakers().forEach(s -> names.putIfAbsent(Slugs.of(s), s)));
    snapshot.records.values().stream()
        .flatMap(r -> r.attendance().stream())
        .forEach(a -> names.putIfAbsent(Slugs.of(a.delegation()), a.delegation()));
    return names;
  }

  private List<IndexedPassage> interventions(String name) {
    return newestFirst(snapshot.speaking(name).stream());
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
        out.put(m, new MeetingAttended(m, meetingDate(m), listed, count));
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
              .add(evidence(r, 0, "attendance list"));
        }
      }
    }
    for (HeadingRole h : headingRoles()) {
      if (Slugs.same(h.holder(), name)) {
        byRole.computeIfAbsent(h.role(), k -> new ArrayList<>()).add(h.evidence());
      }
    }
    return rolesHeld(name, byRole);
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
              HeadingRoles.of(texts.apply(p), n -> known.contains(Slugs.of(n)))) {
            found.add(
                new HeadingRole(
                    s.holder(), s.role(), evidence(p.record(), p.ordinal(), "section heading")));
          }
        }
      }
      headingRoles = List.copyOf(found);
    }
    return headingRoles;
  }

  private static List<RoleHeld> rolesHeld(String holder, Map<String, List<RoleEvidence>> byRole) {
    List<RoleHeld> roles = new ArrayList<>();
    byRole.forEach(
        (role, seen) -> {
          List<LocalDate> dates = seen.stream().flatMap(e -> e.date().stream()).sorted().toList();
          roles.add(
              new RoleHeld(
                  holder,
                  role,
                  dates.isEmpty() ? Optional.empty() : Optional.of(dates.getFirst()),
                  dates.isEmpty() ? Optional.empty() : Optional.of(dates.getLast()),
                  seen));
        });
    roles.sort(
        Comparator.comparing((RoleHeld r) -> r.to().orElse(LocalDate.MIN))
            .reversed()
            .thenComparing(RoleHeld::role));
    return roles;
  }

  private static RoleEvidence evidence(RecordFacts r, int ordinal, String source) {
    return new RoleEvidence(r.id(), r.title(), r.meeting(), r.date(), ordinal, source);
  }

  // Articles

  Optional<ArticleProfile> article(int number) {
    return articles
        .title(number)
        .map(
            title -> {
              String label = ConventionArticles.label(number);
              List<IndexedPassage> mentions = newestFirst(snapshot.referringTo(label).stream());
              return new ArticleProfile(
                  number,
                  title,
                  mentions.size(),
                  timeline(mentions),
                  top(mentions, IndexedPassage::speakers),
                  views(mentions.stream().filter(IndexedPassage::decision).limit(TOP)),
                  views(mentions.stream().limit(LIST_LIMIT)));
            });
  }

  /** Mentions per article, for the index of articles: every article, mentioned or not. */
  List<Count> articleCounts() {
    List<Count> counts = new ArrayList<>();
    for (int n = 1; n <= articles.count(); n++) {
      String label = ConventionArticles.label(n);
      counts.add(new Count(label, snapshot.referringTo(label).size()));
    }
    return counts;
  }

  // Meetings

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
        meetingDate(m),
        records.stream().flatMap(r -> r.place().stream()).findFirst(),
        records,
        records.stream().flatMap(r -> r.attendance().stream()).toList(),
        views(passages.stream().filter(p -> p.heading() && isMinutes(p.record()))),
        languageVersionsTogether(passages.stream().filter(IndexedPassage::decision).toList())
            .stream()
            .map(this::view)
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
    return r.type()
        .map(t -> t.toLowerCase(java.util.Locale.ROOT).contains("minutes"))
        .orElse(false);
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
    return new MeetingSummary(m, meetingDate(m), records, decisions, present);
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

  /** The earliest date among a meeting's records. */
  private Optional<LocalDate> meetingDate(Meeting m) {
    return snapshot.records.values().stream()
        .filter(r -> m.equals(r.meeting().orElse(null)))
        .flatMap(r -> r.date().stream())
        .min(Comparator.naturalOrder());
  }

  // People

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
                  timeline(spoken),
                  views(spoken.stream().limit(LIST_LIMIT)));
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
    return newestFirst(snapshot.byPerson(name).stream());
  }

  /** Delegations a person was listed under, or spoke for in the same passage, with dates. */
  private List<RoleHeld> personDelegations(String name, List<IndexedPassage> spoken) {
    Map<String, List<RoleEvidence>> by = new LinkedHashMap<>();
    for (RecordFacts r : snapshot.records.values()) {
      for (Attendee a : r.attendance()) {
        if (a.persons().stream().anyMatch(n -> Slugs.same(n, name))) {
          by.computeIfAbsent(a.delegation(), k -> new ArrayList<>())
              .add(evidence(r, 0, "attendance list"));
        }
      }
    }
    for (IndexedPassage p : spoken) {
      if (p.speakers().size() == 1) {
        by.computeIfAbsent(p.speakers().getFirst(), k -> new ArrayList<>())
            .add(evidence(p.record(), p.ordinal(), "speaking for"));
      }
    }
    return rolesHeld(name, by);
  }

  /** Roles the records state for this person by name (never a delegation's role). */
  private List<RoleHeld> personRoles(String name, List<IndexedPassage> spoken) {
    Map<String, List<RoleEvidence>> by = new LinkedHashMap<>();
    String surname = StatedRoles.surname(name);
    Set<String> records = new java.util.HashSet<>();
    spoken.forEach(p -> records.add(p.record().id()));
    snapshot.records.values().stream()
        .filter(r -> r.attendance().stream().anyMatch(a -> containsName(a.persons(), name)))
        .forEach(r -> records.add(r.id()));
    // Roles are often stated where someone else speaks ("gave the floor to the Director of the
    // ISU, Ms Pamela Moraga"): read every passage of the records that name the person.
    for (IndexedPassage p : snapshot.passages) {
      if (!records.contains(p.record().id())) {
        continue;
      }
      String text = texts.apply(p);
      if (!text.contains(surname)) {
        continue;
      }
      for (String role : StatedRoles.of(name, text)) {
        by.computeIfAbsent(role, k -> new ArrayList<>())
            .add(evidence(p.record(), p.ordinal(), "stated in the record"));
      }
    }
    return rolesHeld(name, by);
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
                meetingDate(m),
                listed || (before != null && before.listedPresent()),
                count + (before == null ? 0 : before.interventions())));
      }
    }
    return out.values().stream()
        .sorted(
            Comparator.comparing((MeetingAttended a) -> a.date().orElse(LocalDate.MIN)).reversed())
        .toList();
  }

  // Shared

  /** Passages matching {@code filter}, newest first. */
  List<PassageView> passages(Predicate<IndexedPassage> filter, int limit) {
    return views(newestFirst(snapshot.passages.stream().filter(filter)).stream().limit(limit));
  }

  static List<YearCount> timeline(Collection<IndexedPassage> passages) {
    Map<Integer, Long> byYear =
        passages.stream()
            .flatMap(p -> year(p).stream())
            .collect(Collectors.groupingBy(y -> y, TreeMap::new, Collectors.counting()));
    if (byYear.isEmpty()) {
      return List.of();
    }
    List<YearCount> years = new ArrayList<>();
    for (int y = ((TreeMap<Integer, Long>) byYear).firstKey();
        y <= ((TreeMap<Integer, Long>) byYear).lastKey();
        y++) {
      years.add(new YearCount(y, byYear.getOrDefault(y, 0L)));
    }
    return years;
  }

  private static List<Count> top(
      Collection<IndexedPassage> passages, Function<IndexedPassage, List<String>> values) {
    return passages.stream()
        .flatMap(p -> values.apply(p).stream())
        .collect(Collectors.groupingBy(v -> v, Collectors.counting()))
        .entrySet()
        .stream()
        .map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label))
        .limit(TOP)
        .toList();
  }

  private static List<FilterOption> options(
      List<IndexedPassage> passages,
      Function<IndexedPassage, Stream<Map.Entry<String, String>>> values) {
    Map<String, String> labels = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    for (IndexedPassage p : passages) {
      values
          .apply(p)
          .distinct()
          .forEach(
              e -> {
                labels.putIfAbsent(e.getKey(), e.getValue());
                counts.merge(e.getKey(), 1L, Long::sum);
              });
    }
    return counts.entrySet().stream()
        .map(e -> new FilterOption(e.getKey(), labels.get(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingLong(FilterOption::count)
                .reversed()
                .thenComparing(FilterOption::label))
        .toList();
  }

  private static boolean inMeeting(IndexedPassage p, String pathOrSeries) {
    return p.record()
        .meeting()
        .map(m -> m.path().equals(pathOrSeries) || m.seriesSlug().equals(pathOrSeries))
        .orElse(false);
  }

  static boolean containsName(List<String> names, String name) {
    return names.stream().anyMatch(n -> Slugs.same(n, name));
  }

  private static Optional<Integer> year(IndexedPassage p) {
    return p.record().date().map(LocalDate::getYear);
  }

  private static List<IndexedPassage> newestFirst(Stream<IndexedPassage> passages) {
    return passages
        .sorted(
            Comparator.comparing(
                    (IndexedPassage p) -> p.record().date().orElse(LocalDate.MIN),
                    Comparator.reverseOrder())
                .thenComparing(p -> p.record().id())
                .thenComparingInt(IndexedPassage::ordinal))
        .toList();
  }

  private List<PassageView> views(Stream<IndexedPassage> passages) {
    return passages.map(this::view).toList();
  }

  /**
   * The passages with the language versions of each one together: a list per passage, in the order
   * of its first version, led by the version whose language comes first in {@link
   * IndexSchema#LANGUAGES} (English before French before Spanish), so that a register lists each
   * decision once. Versions are the passages with the same printed number (else the same position)
   * in records of one version group.
   */
  private List<List<IndexedPassage>> languageVersionsTogether(List<IndexedPassage> passages) {
    Map<String, List<IndexedPassage>> groups = new LinkedHashMap<>();
    for (IndexedPassage p : passages) {
      String key =
          snapshot
              .versionGroup(p.record().id())
              .map(g -> g + " ¶ " + p.paragraph().orElse("#" + p.ordinal()))
              .orElse(p.record().id() + " ¶ #" + p.ordinal());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    return groups.values().stream()
        .map(g -> g.stream().sorted(Comparator.comparingInt(KnowledgeBase::languageRank)).toList())
        .toList();
  }

  private static int languageRank(IndexedPassage p) {
    int at = p.record().language().map(l -> IndexSchema.LANGUAGES.indexOf(l)).orElse(-1);
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  /** The first passage of {@code versions}, with links to the others. */
  private PassageView view(List<IndexedPassage> versions) {
    IndexedPassage first = versions.getFirst();
    return view(
        first,
        versions.stream()
            .skip(1)
            .map(
                v ->
                    new PassageVersion(
                        v.record().id(),
                        v.record().title(),
                        v.ordinal(),
                        v.record().language().orElse(IndexSchema.LANGUAGE_OTHER)))
            .toList());
  }

  PassageView view(IndexedPassage p) {
    return view(p, List.of());
  }

  private PassageView view(IndexedPassage p, List<PassageVersion> versions) {
    RecordFacts r = p.record();
    return new PassageView(
        r.id(),
        r.title(),
        p.ordinal(),
        p.paragraph(),
        p.section(),
        Objects.requireNonNullElse(texts.apply(p), ""),
        r.date(),
        r.meeting(),
        p.speakers(),
        p.persons(),
        p.articles(),
        p.topics(),
        p.decision(),
        r.language(),
        versions);
  }
}
