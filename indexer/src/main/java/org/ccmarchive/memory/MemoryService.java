package org.ccmarchive.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.LiveIndex;
import org.ccmarchive.search.UserQueryParser;

/**
 * The archive's institutional memory: decisions, delegations, articles, meetings and people as the
 * records state them, and the passages saved searches follow. Returns plain records, never Lucene
 * types. Thread-safe; reads the shared {@link LiveIndex}, so it sees what search sees, including
 * the folder a full rebuild swapped in. The knowledge-base snapshot is built once per index version
 * (per reader), not per request.
 */
public final class MemoryService {

  private final LiveIndex index;

  private final UserQueryParser parser;
  private final ConventionArticles articles = ConventionArticles.load();
  private final Gazetteer gazetteer = Gazetteer.standard();

  /** The snapshot of the last reader seen, with that reader's cache key. */
  private volatile Cached cached;

  private record Cached(Object readerKey, Snapshot snapshot) {}

  private MemoryService(LiveIndex index, IndexSchema schema) {
    this.index = index;
    this.parser = new UserQueryParser(schema, (dim, text) -> java.util.Optional.empty(), gazetteer);
  }

  /** Reads the shared live index (which the caller refreshes and closes). */
  public static MemoryService over(LiveIndex index, IndexSchema schema) {
    return new MemoryService(index, schema);
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
    Query parsed = q.isEmpty() ? null : parser.parse(q);
    return withSearcher(
        (searcher, kb) ->
            kb.delegations().delegation(slug, q, parsed == null ? null : docs(searcher, parsed)));
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
    Query parsed = parser.parse(search.query());
    PassageFilter filter = PassageFilter.of(search.filters());
    return withSearcher(
        (searcher, kb) -> {
          Set<Integer> matching = docs(searcher, parsed);
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

  private Set<Integer> docs(IndexSearcher searcher, Query query) throws IOException {
    Query passages =
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE)),
                BooleanClause.Occur.FILTER)
            .build();
    return new HashSet<>(DocIds.matching(searcher, passages));
  }

  private <T> T read(Function<KnowledgeBase, T> fn) {
    return withSearcher((searcher, kb) -> fn.apply(kb));
  }

  private <T> T withSearcher(SearcherFunction<T> fn) {
    try {
      return index.withSearcher(
          searcher -> {
            Snapshot s = snapshotFor(searcher);
            var stored = searcher.storedFields();
            Function<IndexedPassage, String> texts =
                p -> {
                  try {
                    return stored.document(p.doc(), Set.of(IndexSchema.TEXT)).get(IndexSchema.TEXT);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                };
            return fn.apply(searcher, KnowledgeBase.over(s, texts, articles));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The snapshot of this searcher's reader, read once per reader. Keyed by the reader's cache key,
   * not its version number: a full rebuild starts a new folder whose versions may repeat.
   */
  private Snapshot snapshotFor(IndexSearcher searcher) throws IOException {
    Object key = searcher.getIndexReader().getReaderCacheHelper().getKey();
    Cached current = cached;
    if (current == null || current.readerKey() != key) {
      synchronized (this) {
        current = cached;
        if (current == null || current.readerKey() != key) {
          current = new Cached(key, Snapshot.load(searcher));
          cached = current;
        }
      }
    }
    return current.snapshot();
  }

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher, KnowledgeBase kb) throws IOException;
  }
}
