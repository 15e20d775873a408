package org.ccmarchive.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ccmarchive.index.IndexSchema;

/**
 * Passages as the knowledge base shows them ({@link PassageView}), their text read through {@code
 * texts}, with the language versions of one passage shown as one entry where a list asks for it.
 */
final class PassageViews {

  private final Snapshot snapshot;
  private final Function<IndexedPassage, String> texts;

  PassageViews(Snapshot snapshot, Function<IndexedPassage, String> texts) {
    this.snapshot = snapshot;
    this.texts = texts;
  }

  /** The text of a passage (read from the index on demand). */
  String text(IndexedPassage p) {
    return texts.apply(p);
  }

  /** Passages matching {@code filter}, newest first. */
  List<PassageView> passages(Predicate<IndexedPassage> filter, int limit) {
    return views(
        Tallies.newestFirst(snapshot.passages.stream().filter(filter)).stream().limit(limit));
  }

  List<PassageView> views(Stream<IndexedPassage> passages) {
    return passages.map(this::view).toList();
  }

  /**
   * The passages with the language versions of each one together: a list per passage, in the order
   * of its first version, led by the version whose language comes first in {@link
   * IndexSchema#LANGUAGES} (English before French before Spanish), so that a register lists each
   * decision once. Versions are the passages with the same printed number (else the same position)
   * in records of one version group.
   */
  List<List<IndexedPassage>> languageVersionsTogether(List<IndexedPassage> passages) {
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
        .map(g -> g.stream().sorted(Comparator.comparingInt(PassageViews::languageRank)).toList())
        .toList();
  }

  private static int languageRank(IndexedPassage p) {
    int at = p.record().language().map(l -> IndexSchema.LANGUAGES.indexOf(l)).orElse(-1);
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  /** The first passage of {@code versions}, with links to the others. */
  PassageView view(List<IndexedPassage> versions) {
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
