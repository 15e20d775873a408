package org.ccmarchive.memory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.search.IndexVersion;
import org.ccmarchive.search.PassageEntry;
import org.ccmarchive.search.RecordSummary;

/**
 * Everything the knowledge base aggregates, read once per index version: record facts, and for
 * every passage its place, speakers, articles, topics and decision flag. Passage text stays in the
 * index and is read only for the passages a page shows.
 *
 * <p>Built from what any backend gives of one {@link IndexVersion}.
 */
final class Snapshot {

  final Map<String, RecordFacts> records;
  final List<IndexedPassage> passages;
  private final Map<String, List<IndexedPassage>> bySpeaker;
  private final Map<String, List<IndexedPassage>> byPerson;
  private final Map<String, List<IndexedPassage>> byArticle;
  private final Map<String, String> versionGroups;

  private Snapshot(
      Map<String, RecordFacts> records,
      List<IndexedPassage> passages,
      Map<String, String> versionGroups) {
    this.records = records;
    this.passages = passages;
    this.versionGroups = versionGroups;
    this.bySpeaker = bySlug(passages, IndexedPassage::speakers);
    this.byPerson = bySlug(passages, IndexedPassage::persons);
    this.byArticle = bySlug(passages, IndexedPassage::articles);
  }

  /**
   * The key shared by the language versions of record {@code id}: its symbol (which the manifest
   * can set), else its meeting with the printed numbers of its paragraphs (a translation keeps the
   * numbered structure); empty when it has neither.
   */
  Optional<String> versionGroup(String id) {
    return Optional.ofNullable(versionGroups.get(id));
  }

  /** The earliest date among a meeting's records. */
  Optional<LocalDate> meetingDate(Meeting m) {
    return records.values().stream()
        .filter(r -> m.equals(r.meeting().orElse(null)))
        .flatMap(r -> r.date().stream())
        .min(java.util.Comparator.naturalOrder());
  }

  /** Passages where {@code name} speaks (names compared as slugs). */
  List<IndexedPassage> speaking(String name) {
    return bySpeaker.getOrDefault(Slugs.of(name), List.of());
  }

  List<IndexedPassage> byPerson(String name) {
    return byPerson.getOrDefault(Slugs.of(name), List.of());
  }

  List<IndexedPassage> referringTo(String article) {
    return byArticle.getOrDefault(Slugs.of(article), List.of());
  }

  /** Read once per index version so that pages do not compare names passage by passage. */
  private static Map<String, List<IndexedPassage>> bySlug(
      List<IndexedPassage> passages,
      java.util.function.Function<IndexedPassage, List<String>> names) {
    Map<String, List<IndexedPassage>> index = new HashMap<>();
    for (IndexedPassage p : passages) {
      for (String slug : names.apply(p).stream().map(Slugs::of).distinct().toList()) {
        index.computeIfAbsent(slug, k -> new ArrayList<>()).add(p);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return index;
  }

  /** The snapshot of one version of the index. */
  static Snapshot of(IndexVersion version) {
    Map<String, RecordFacts> records = new LinkedHashMap<>();
    Map<String, String> symbols = new HashMap<>();
    for (RecordSummary r : version.records()) {
      records.put(r.id(), recordFacts(r));
      r.symbol()
          .filter(symbol -> !symbol.isBlank())
          .ifPresent(symbol -> symbols.put(r.id(), symbol.strip().toLowerCase(Locale.ROOT)));
    }
    List<IndexedPassage> passages = new ArrayList<>();
    for (PassageEntry e : version.passages()) {
      RecordFacts record = records.get(e.recordId());
      if (record == null) {
        continue;
      }
      passages.add(new IndexedPassage(e, record));
    }
    return new Snapshot(
        Map.copyOf(records), List.copyOf(passages), versionGroups(symbols, passages));
  }

  /** Fewer printed numbers than this say too little about a record's structure to match on. */
  private static final int MIN_NUMBERED = 3;

  private static Map<String, String> versionGroups(
      Map<String, String> symbols, List<IndexedPassage> passages) {
    Map<String, List<IndexedPassage>> byRecord = new LinkedHashMap<>();
    for (IndexedPassage p : passages) {
      byRecord.computeIfAbsent(p.record().id(), k -> new ArrayList<>()).add(p);
    }
    Map<String, String> groups = new HashMap<>();
    byRecord.forEach(
        (id, ps) -> {
          List<String> numbers =
              ps.stream()
                  .sorted(java.util.Comparator.comparingInt(IndexedPassage::ordinal))
                  .flatMap(p -> p.paragraph().stream())
                  .toList();
          Optional<Meeting> meeting = ps.getFirst().record().meeting();
          if (symbols.containsKey(id)) {
            groups.put(id, "symbol " + symbols.get(id));
          } else if (meeting.isPresent() && numbers.size() >= MIN_NUMBERED) {
            groups.put(id, "structure " + meeting.get().path() + " " + String.join(",", numbers));
          }
        });
    return Map.copyOf(groups);
  }

  private static RecordFacts recordFacts(RecordSummary r) {
    return new RecordFacts(
        r.id(),
        nullToEmpty(r.title()),
        nullToEmpty(r.format()),
        r.type(),
        Meeting.parse(r.meeting().orElse(null)),
        r.date().flatMap(Snapshot::date),
        r.place(),
        r.language(),
        Attendee.of(r.attendance()));
  }

  private static Optional<LocalDate> date(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
