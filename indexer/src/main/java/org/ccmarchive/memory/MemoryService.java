package org.ccmarchive.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.IndexVersion;

/**
 * The archive's institutional memory: decisions, delegations, articles, meetings and people as the
 * records state them, and the passages saved searches follow. Returns plain records. Thread-safe;
 * reads the {@link ArchiveIndex} search reads, whichever backend holds it, so it sees what search
 * sees, including a full rebuild swapped in. The knowledge-base snapshot is built once per index
 * version, not per request.
 */
public final class MemoryService {

  private final ArchiveIndex index;

  private final ConventionArticles articles = ConventionArticles.load();
  private final Gazetteer gazetteer = Gazetteer.standard();

  /** The snapshot of the last version seen, with that version's key. */
  private volatile Cached cached;

  private record Cached(Object versionKey, Snapshot snapshot) {}

  private MemoryService(ArchiveIndex index) {
    this.index = index;
  }

  /** Reads the shared index (which the caller refreshes and closes). */
  public static MemoryService over(ArchiveIndex index) {
    return new MemoryService(index);
  }

  public ConventionArticles articles() {
    return articles;
  }

  public DecisionRegister decisions(DecisionFilter filter, int limit) {
    return read(kb -> kb.decisions().decisions(filter, limit));
  }

  public Optional<DecisionDetail> decision(String recordId, int ordinal) {
    return read(kb -> kb.decisions().decision(recordId, ordinal));
  }

  public List<DelegationSummary> delegations() {
    return read(kb -> kb.delegations().delegations());
  }

  /** The canonical slug of the delegation {@code typed} names (any case, or an alias). */
  public Optional<String> delegationSlug(String typed) {
    return read(kb -> kb.delegations().delegationSlug(typed, gazetteer));
  }

  /**
   * One delegation's profile; with a non-blank {@code query} (the archive's query syntax), only its
   * interventions matching it are listed.
   */
  public Optional<DelegationProfile> delegation(String slug, String query) {
    String q = query == null ? "" : query.strip();
    return withVersion(
        (version, kb) ->
            kb.delegations().delegation(slug, q, q.isEmpty() ? null : version.matching(q)));
  }

  public Optional<ArticleProfile> article(int number) {
    return read(kb -> kb.articles().article(number));
  }

  /** Mentions per article, for every article of the Convention. */
  public List<Count> articleCounts() {
    return read(kb -> kb.articles().articleCounts());
  }

  public List<MeetingSummary> meetings() {
    return read(kb -> kb.meetings().meetings());
  }

  public Optional<MeetingProfile> meeting(String seriesSlug, String sessionSlug) {
    return read(kb -> kb.meetings().meeting(seriesSlug, sessionSlug));
  }

  public List<PersonSummary> people() {
    return read(kb -> kb.people().people());
  }

  public Optional<PersonProfile> person(String slug) {
    return read(kb -> kb.people().person(slug));
  }

  /**
   * The passages a saved search follows: matching its query and filters, dated on or after {@code
   * since} (when given), newest first. Undated records count as new (they cannot be placed).
   */
  public List<PassageView> following(SavedSearch search, Optional<LocalDate> since, int limit) {
    PassageFilter filter = PassageFilter.of(search.filters());
    return withVersion(
        (version, kb) -> {
          Set<Integer> matching = version.matching(search.query());
          return kb.passages()
              .passages(
                  p ->
                      matching.contains(p.doc())
                          && filter.test(p)
                          && since
                              .map(s -> p.record().date().map(d -> !d.isBefore(s)).orElse(true))
                              .orElse(true),
                  limit);
        });
  }

  /** When the index was last committed: the "updated" time of feeds with undated entries. */
  public Instant indexUpdated() {
    return index.committed();
  }

  private <T> T read(Function<KnowledgeBase, T> fn) {
    return withVersion((version, kb) -> fn.apply(kb));
  }

  private <T> T withVersion(VersionFunction<T> fn) {
    return index.readVersion(
        version -> {
          Snapshot s = snapshotFor(version);
          return fn.apply(version, KnowledgeBase.over(s, p -> version.text(p.doc()), articles));
        });
  }

  /**
   * The snapshot of this version, built once per version: keyed by the version's identity, not a
   * number, since a full rebuild may start numbering again.
   */
  private Snapshot snapshotFor(IndexVersion version) {
    Object key = version.key();
    Cached current = cached;
    if (current == null || !current.versionKey().equals(key)) {
      synchronized (this) {
        current = cached;
        if (current == null || !current.versionKey().equals(key)) {
          current = new Cached(key, Snapshot.of(version));
          cached = current;
        }
      }
    }
    return current.snapshot();
  }

  @FunctionalInterface
  private interface VersionFunction<T> {
    T apply(IndexVersion version, KnowledgeBase kb);
  }
}
