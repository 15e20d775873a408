package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The decisions register: decisions and agreements as the records state them, and precedents. */
final class DecisionViews {

  private final Snapshot snapshot;
  private final PassageViews views;

  DecisionViews(Snapshot snapshot, PassageViews views) {
    this.snapshot = snapshot;
    this.views = views;
  }

  DecisionRegister decisions(DecisionFilter f, int limit) {
    List<IndexedPassage> all =
        Tallies.newestFirst(snapshot.passages.stream().filter(IndexedPassage::decision));
    List<IndexedPassage> kept =
        all.stream()
            .filter(p -> f.meeting().map(m -> inMeeting(p, m)).orElse(true))
            .filter(p -> f.article().map(a -> Tallies.containsName(p.articles(), a)).orElse(true))
            .filter(p -> f.topic().map(t -> Tallies.containsName(p.topics(), t)).orElse(true))
            .filter(p -> f.year().map(y -> Tallies.year(p).equals(Optional.of(y))).orElse(true))
            .toList();
    List<List<IndexedPassage>> entries = views.languageVersionsTogether(kept);
    kept = entries.stream().map(List::getFirst).toList();
    return new DecisionRegister(
        f,
        kept.size(),
        entries.stream().limit(limit).map(views::view).toList(),
        Tallies.options(
            kept, p -> p.record().meeting().stream().map(m -> Map.entry(m.path(), m.label()))),
        Tallies.options(kept, p -> p.articles().stream().map(a -> Map.entry(a, a))),
        Tallies.options(kept, p -> p.topics().stream().map(t -> Map.entry(t, t))),
        Tallies.options(
            kept, p -> Tallies.year(p).stream().map(y -> Map.entry(y.toString(), y.toString()))));
  }

  Optional<DecisionDetail> decision(String recordId, int ordinal) {
    return snapshot.passages.stream()
        .filter(p -> p.decision() && p.record().id().equals(recordId) && p.ordinal() == ordinal)
        .findFirst()
        .map(
            d ->
                new DecisionDetail(
                    views.view(d), views.views(precedents(d).stream().limit(Tallies.LIST_LIMIT))));
  }

  /** Earlier decisions sharing an article or a topic with {@code d}, newest first. */
  private List<IndexedPassage> precedents(IndexedPassage d) {
    Set<String> subjects = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    subjects.addAll(d.articles());
    subjects.addAll(d.topics());
    return Tallies.newestFirst(
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

  private static boolean inMeeting(IndexedPassage p, String pathOrSeries) {
    return p.record()
        .meeting()
        .map(m -> m.path().equals(pathOrSeries) || m.seriesSlug().equals(pathOrSeries))
        .orElse(false);
  }
}
