package org.ccmarchive.bench.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.search.QueryLimits;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.search.SearchResults;
import org.ccmarchive.search.UserQueryParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * In-process query latency over a built index (system property {@code ccm.bench.index}). Each
 * user-facing kind runs {@link LuceneArchiveIndex#search} as the web app does: parse, group
 * passages by record, load the top 10 records and highlight their best passages. Three probes
 * isolate costs: {@code termGroupOnly} (the same term searches without loading or highlighting),
 * {@code termCount} (matching only) and {@code termFacetCount} (matching plus counting every facet
 * dimension the index holds), so facet cost per matching passage and the highlighting share follow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBench {

  private LuceneArchiveIndex service;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private SortedSetDocValuesReaderState facetState;
  private List<Query> termQueries;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    Path index = Path.of(System.getProperty("ccm.bench.index"));
    IndexSchema schema = new IndexSchema();
    // Kept answers would turn the repeating mix into look-ups: the search path is measured
    // without them unless asked (ccm.bench.cached=true measures a repeated search).
    QueryLimits served =
        Boolean.getBoolean("ccm.bench.cached")
            ? QueryLimits.defaults()
            : QueryLimits.defaults().uncached();
    // The cost gate is admission control, not search work: it lets a stream of costly searches
    // (at N=20,000 a broad word with three facet values counts as one) use half a core, so one
    // thread sending them back to back is refused within a second and JMH drops the benchmark.
    // Here every search may start; the http step keeps the gate as the server runs it.
    QueryLimits limits =
        new QueryLimits(served.timeBudget(), Integer.MAX_VALUE / 2, served.cachedAnswers());
    service = LuceneArchiveIndex.open(index, schema, limits);
    reader = DirectoryReader.open(FSDirectory.open(index));
    searcher = new IndexSearcher(reader);
    facetState = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
    UserQueryParser parser = new UserQueryParser(schema);
    termQueries = QueryMix.KINDS.get("term").stream().map(q -> parser.parse(q.text())).toList();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    service.close();
    reader.close();
  }

  private BenchQuery nextOf(String kind) {
    List<BenchQuery> qs = QueryMix.KINDS.get(kind);
    return qs.get(Math.floorMod(next++, qs.size()));
  }

  private SearchResults search(String kind) {
    return service.search(nextOf(kind).request());
  }

  @Benchmark
  public SearchResults term() {
    return search("term");
  }

  @Benchmark
  public SearchResults phrase() {
    return search("phrase");
  }

  @Benchmark
  public SearchResults booleanQuery() {
    return search("boolean");
  }

  @Benchmark
  public SearchResults fuzzy() {
    return search("fuzzy");
  }

  @Benchmark
  public SearchResults drilldown3() {
    return search("drilldown3");
  }

  @Benchmark
  public SearchResults daterange() {
    return search("daterange");
  }

  @Benchmark
  public TopGroups<BytesRef> termGroupOnly() throws IOException {
    GroupingSearch grouping = new GroupingSearch(IndexSchema.RECORD_ID);
    grouping.setGroupSort(Sort.RELEVANCE);
    grouping.setSortWithinGroup(Sort.RELEVANCE);
    grouping.setGroupDocsLimit(3);
    grouping.setIncludeMaxScore(true);
    grouping.setAllGroups(true);
    grouping.disableCaching();
    return grouping.search(searcher, nextTerm(), 0, SearchRequest.DEFAULT_SIZE);
  }

  @Benchmark
  public int termCount() throws IOException {
    return searcher.count(nextTerm());
  }

  @Benchmark
  public int termFacetCount() throws IOException {
    FacetsCollector fc = searcher.search(nextTerm(), new FacetsCollectorManager());
    var counts = new SortedSetDocValuesFacetCounts(facetState, fc);
    return counts.getAllDims(10).size();
  }

  private Query nextTerm() {
    return termQueries.get(Math.floorMod(next++, termQueries.size()));
  }

  /** Passages each term query matches, averaged: the divisor of facet cost per passage. */
  public static double meanTermMatches(Path index) throws IOException {
    IndexSchema schema = new IndexSchema();
    UserQueryParser parser = new UserQueryParser(schema);
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher s = new IndexSearcher(r);
      double sum = 0;
      for (BenchQuery q : QueryMix.KINDS.get("term")) {
        sum += s.count(parser.parse(q.text()));
      }
      return sum / QueryMix.KINDS.get("term").size();
    }
  }
}
