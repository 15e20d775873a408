package org.ccmarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the web app and the knowledge base ask of the index: the seam between them and the
 * engine that holds it. {@link LuceneArchiveIndex} (the embedded Lucene index) is the default;
 * another engine implements the same contract, so that the pages, the URLs and the {@code /api}
 * JSON are the same whichever answers. {@code ArchiveIndexContract} (in the tests) checks an
 * implementation against the seed corpus.
 *
 * <p>Contract for every implementation:
 *
 * <ul>
 *   <li>Answers are plain records of this package (never an engine's types), immutable, and safe to
 *       share; every method is thread-safe.
 *   <li>Records are found by their passages and returned one hit per record: a page of {@code
 *       request.size()} records from {@code request.offset()}, each with up to three best passages
 *       (highlighted: {@code <mark>}…{@code </mark>} inside escaped text), the record and passage
 *       totals, facet counts with drill-sideways semantics (a dimension's counts ignore its own
 *       filter) and the date histogram.
 *   <li>Facet filter values are matched as the index holds them ({@link #canonical}); an unknown
 *       facet dimension, a malformed query or a window past the limits is refused with {@link
 *       InvalidQueryException}; a costly search when too many run is refused with {@link
 *       SearchBusyException}; a search that runs out of its time budget returns what it found,
 *       marked partial.
 *   <li>The same request gives the same order (ties by record id); a blank query matches every
 *       passage.
 *   <li>Ids are the archive's record ids (file names), passage ordinals count from 1.
 * </ul>
 */
public interface ArchiveIndex extends Closeable {

  /**
   * Builds what every search of the current index needs and would otherwise build on the first one
   * (facet state, record numbering, the analysers), without searching: a server runs it in the
   * background while it opens its port, so that the first visitor does not wait for all of it.
   * Answers are unchanged. Nothing to do for a backend that keeps no such state here.
   */
  default void prepare() {}

  /** A page of records whose passages match {@code request}, with facets and highlighting. */
  SearchResults search(SearchRequest request);

  /**
   * Deep paging: the {@code request.size()} records after cursor {@code after} ({@link
   * SearchCursor#START} for the first page, then {@link SearchCursor#after} the last hit, encoded),
   * by score then record id; the same cost at any depth. Only records with a passage matching the
   * whole query are walked. Pages never repeat or skip a record while the index is unchanged.
   */
  SearchResults searchAfter(SearchRequest request, String after);

  /**
   * The request with each facet value as the index holds it ({@code article=4} → {@code Article 4},
   * {@code speaker=Tchad} → {@code Chad}); a value the index does not know stays as typed.
   */
  SearchRequest canonical(SearchRequest typed);

  /**
   * Every passage {@code request} matches (no paging, in its sort order; ties by record then
   * ordinal), at most {@code cap}, written to {@code sink} one by one.
   *
   * @return how many passages match in all (may exceed {@code cap})
   */
  long export(SearchRequest request, int cap, RowSink sink);

  /**
   * Values of facet dimension {@code dim} over the whole archive, most passages first, whose words
   * start with {@code prefix} (case and accents ignored), at most {@code limit} (at least one).
   *
   * @throws InvalidQueryException for a dimension the schema does not declare
   */
  List<SearchResults.FacetCount> facetValues(String dim, String prefix, int limit);

  /**
   * Up to {@code max} passages from any record most like passage {@code ordinal} of record {@code
   * recordId}, best first, never that passage itself; empty when there is no such passage.
   */
  List<SimilarPassage> similar(String recordId, int ordinal, int max);

  /**
   * Every passage of record {@code id} in order, with the records it cites and that cite it; the
   * query's terms marked in each passage when {@code query} is not blank. Empty for an unknown id.
   */
  Optional<RecordDetail> record(String id, String query);

  /** Record-level facts of record {@code id}; empty for an unknown id. */
  Optional<RecordSummary> summary(String id);

  /**
   * {@code results} with the language versions of a record as one hit: a hit whose record is a
   * version of a record ranked higher joins that hit, and every hit lists its record's versions.
   */
  SearchResults withVersionsTogether(SearchResults results);

  /** The other language versions of record {@code id} (same symbol), in the schema's order. */
  List<RecordVersion> versions(String id);

  /**
   * For passage {@code ordinal} of record {@code id}, the same-numbered paragraph (else the same
   * position) in each other language version; empty when the record has no such passage.
   */
  Optional<List<VersionPassage>> versionPassages(String id, int ordinal);

  /**
   * Runs {@code reader} over one consistent version of the index: the knowledge base's snapshot is
   * built from it (and cached by its {@link IndexVersion#key()}).
   */
  <T> T readVersion(VersionReader<T> reader);

  /** When the index was last committed: the "updated" time of feeds with undated entries. */
  Instant committed();

  /** Makes a finished re-index visible to new requests. */
  void refresh() throws IOException;

  /** Reads one {@link IndexVersion}. */
  @FunctionalInterface
  interface VersionReader<T> {
    T read(IndexVersion version);
  }
}
