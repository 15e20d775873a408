package org.ccmarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.LiveIndex;

/**
 * The embedded Lucene index as an {@link ArchiveIndex} (the default backend): wires, over one
 * {@link LiveIndex}, the services that each do one job ({@link PassageSearch}, {@link RecordView},
 * {@link LanguageVersions}, {@link FacetValueLookup}, {@link SimilarPassages}, {@link
 * LuceneIndexVersion}) and hands each request to the one that answers it. Returns plain records,
 * never Lucene types. Thread-safe: one instance serves every request; {@link #refresh()} picks up a
 * newer commit.
 */
public final class LuceneArchiveIndex implements ArchiveIndex {

  private final LiveIndex index;

  /** True when this service opened {@link #index} itself and so closes it. */
  private final boolean ownsIndex;

  private final LiveSearcher live;
  private final PassageSearch passages;
  private final RecordView records;
  private final LanguageVersions versions;
  private final FacetValueLookup facetValues;
  private final SimilarPassages similar;

  /** Parses the knowledge base's queries as typed: no facet look-up, no cross-lingual widening. */
  private final UserQueryParser asTyped;

  private LuceneArchiveIndex(
      IndexSchema schema, LiveIndex index, boolean ownsIndex, QueryLimits limits) {
    this.index = index;
    this.ownsIndex = ownsIndex;
    this.live = new LiveSearcher(index);
    // One gazetteer for typed facet values and cross-lingual names: reading it is start-up work.
    Gazetteer names = Gazetteer.standard();
    FacetStates facetStates = new FacetStates(schema.facetsConfig(), names);
    FacetedSearch faceted = new FacetedSearch(schema.facetsConfig());
    this.facetValues = new FacetValueLookup(live, facetStates, faceted);
    UserQueryParser parser = new UserQueryParser(schema, facetValues::canonical, names);
    // One gate for every costly read, searches and marked record views alike.
    CostGate costly =
        new CostGate(
            limits.costlyConcurrency(), QueryLimits.COSTLY_WAIT, QueryLimits.COSTLY_REST_PER_BUSY);
    Highlighters highlighters = new Highlighters(schema.analyzer());
    this.passages =
        new PassageSearch(
            live,
            parser,
            limits,
            costly,
            facetStates,
            faceted,
            facetValues,
            new RecordHits(highlighters),
            new SearchSuggestions(parser, faceted, new SpellingSuggester(schema.analyzer())));
    this.records =
        new RecordView(live, parser, costly, highlighters, new RecordLinks(schema.analyzer()));
    this.versions = new LanguageVersions(live);
    this.similar = new SimilarPassages(live, schema.analyzer());
    this.asTyped = new UserQueryParser(schema, (dim, text) -> Optional.empty(), names);
  }

  /** Searches the shared live index (which the caller refreshes and closes). */
  public static LuceneArchiveIndex over(LiveIndex index, IndexSchema schema, QueryLimits limits) {
    return new LuceneArchiveIndex(schema, index, false, limits);
  }

  /**
   * Opens the index at {@code indexDir} for this service alone (tools and tests); fails clearly
   * when there is none or it is outdated.
   */
  public static LuceneArchiveIndex open(Path indexDir, IndexSchema schema) throws IOException {
    return open(indexDir, schema, QueryLimits.defaults());
  }

  /** Opens the index with explicit query limits (a shorter time budget in tests). */
  public static LuceneArchiveIndex open(Path indexDir, IndexSchema schema, QueryLimits limits)
      throws IOException {
    return new LuceneArchiveIndex(schema, LiveIndex.open(indexDir), true, limits);
  }

  /** Makes a finished re-index visible to new searches (see {@link LiveIndex#refresh()}). */
  @Override
  public void refresh() throws IOException {
    index.refresh();
  }

  @Override
  public void prepare() {
    passages.prepare();
  }

  /** See {@link PassageSearch#search}. */
  @Override
  public SearchResults search(SearchRequest request) {
    return passages.search(request);
  }

  /** See {@link PassageSearch#searchAfter}. */
  @Override
  public SearchResults searchAfter(SearchRequest request, String after) {
    return passages.searchAfter(request, after);
  }

  /** See {@link FacetValueLookup#canonical(SearchRequest)}. */
  @Override
  public SearchRequest canonical(SearchRequest typed) {
    return facetValues.canonical(typed);
  }

  /** See {@link PassageSearch#export}. */
  @Override
  public long export(SearchRequest request, int cap, RowSink sink) {
    return passages.export(request, cap, sink);
  }

  /** See {@link FacetValueLookup#values}. */
  @Override
  public List<SearchResults.FacetCount> facetValues(String dim, String prefix, int limit) {
    return facetValues.values(dim, prefix, limit);
  }

  /** See {@link SimilarPassages#find(String, int, int)}. */
  @Override
  public List<SimilarPassage> similar(String recordId, int ordinal, int max) {
    return similar.find(recordId, ordinal, max);
  }

  /** See {@link RecordView#record}. */
  @Override
  public Optional<RecordDetail> record(String id, String query) {
    return records.record(id, query);
  }

  /** See {@link RecordView#summary}. */
  @Override
  public Optional<RecordSummary> summary(String id) {
    return records.summary(id);
  }

  /** See {@link LanguageVersions#together}. */
  @Override
  public SearchResults withVersionsTogether(SearchResults results) {
    return versions.together(results);
  }

  /** See {@link LanguageVersions#of}. */
  @Override
  public List<RecordVersion> versions(String id) {
    return versions.of(id);
  }

  /** See {@link LanguageVersions#passages}. */
  @Override
  public Optional<List<VersionPassage>> versionPassages(String id, int ordinal) {
    return versions.passages(id, ordinal);
  }

  @Override
  public <T> T readVersion(VersionReader<T> reader) {
    return live.read(searcher -> reader.read(new LuceneIndexVersion(searcher, asTyped)));
  }

  @Override
  public Instant committed() {
    return index.committed();
  }

  @Override
  public void close() throws IOException {
    if (ownsIndex) {
      index.close();
    }
  }
}
