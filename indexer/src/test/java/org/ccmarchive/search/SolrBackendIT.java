package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.testing.LocalSolrCloud;
import org.ccmarchive.testing.SeedIndex;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed corpus indexed twice, into the embedded index and into a real two-node SolrCloud (two
 * processes, 2 shards × 2 replicas), by the same pipeline; both backends then give the same
 * answers: the same records in the same order, the same passage and facet counts, the same date
 * histogram, the same record views, the same deep-paging walk; and with one node stopped the
 * cluster still answers in full. It also runs the {@link ArchiveIndexContract} on the Solr backend.
 */
@ExtendWith(SeedIndex.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrBackendIT extends ArchiveIndexContract {

  /** Generous: the comparison is of answers, never of speed (a loaded machine is slow). */
  private static final QueryLimits PATIENT = new QueryLimits(Duration.ofSeconds(60), 4);

  private static final List<String> QUERIES =
      List.of(
          "",
          "stigmatization",
          "clearance",
          "munitions",
          "\"victim assistance\"",
          "universalization",
          "Chile",
          "déminage",
          "stockpil*",
          "destrucion~",
          "speaker:Chile",
          "article:4",
          "CCM/CONF/2024/3",
          "transparency -Chile",
          // second tier: no one passage holds every word, a record's passages do together
          "Régimbal voting patterns",
          "Norway universalization",
          "stigmatization Lausanne Action Plan Norway",
          // misspelt: nothing found, the same "did you mean" on both backends
          "clearence Peru",
          "stigmatisaton",
          "munitons destructon",
          "Regimbl");

  private static final List<Filters> FILTERS =
      List.of(
          Filters.NONE,
          filters("language", "fr"),
          filters("speaker", "Chile"),
          filters("meeting", "Coordination Committee"),
          filters("type", "minutes", "statement"),
          new Filters(
              Map.of(),
              Optional.of(LocalDate.of(2025, 1, 1)),
              Optional.of(LocalDate.of(2025, 12, 31))));

  private LocalSolrCloud cloud;
  private SolrCluster cluster;
  private LuceneArchiveIndex embedded;
  private SolrArchiveIndex solr;
  private IndexReport solrReport;
  private Path indexDir;

  @BeforeAll
  void indexTheSeedCorpusIntoBoth(@TempDir Path work, SeedIndex.Built seed) throws Exception {
    cloud = LocalSolrCloud.start(work.resolve("solr"));
    indexDir = seed.path();
    embedded = LuceneArchiveIndex.open(indexDir, new IndexSchema(), PATIENT);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    cluster = new SolrCluster(List.of(cloud.url()), "ccm_test", quiet);
    solrReport = TestCorpus.indexIntoSolr(TestCorpus.seedCorpus(), cluster, false);
    solr = new SolrArchiveIndex(cluster, new IndexSchema(), PATIENT);
  }

  /** The contract every backend meets, run on this one too. */
  @Override
  protected ArchiveIndex archive() {
    return solr;
  }

  @AfterAll
  void stop() throws Exception {
    if (embedded != null) {
      embedded.close();
    }
    if (solr != null) {
      solr.close(); // and its cluster connection
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  private static Filters filters(String dim, String... values) {
    return new Filters(Map.of(dim, List.of(values)), Optional.empty(), Optional.empty());
  }

  @Test
  @Order(1)
  void theFirstRunBuildsACollectionBehindTheAlias() throws Exception {
    assertThat(solrReport.full()).isTrue();
    assertThat(solrReport.indexed()).isEqualTo(9);
    assertThat(solrReport.notes()).anyMatch(n -> n.contains("swapped alias ccm_test"));
    assertThat(cluster.aliased()).singleElement().asString().startsWith("ccm_test_");
  }

  /** What the generated Solr schema omits norms on is what the embedded index holds without. */
  @Test
  @Order(1)
  void theFieldsWithoutNormsAreThoseTheEmbeddedIndexHoldsWithout() throws Exception {
    try (var dir = FSDirectory.open(indexDir);
        var reader = DirectoryReader.open(dir)) {
      FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
      for (String field : new IndexSchema().fieldChains().keySet()) {
        FieldInfo info = infos.fieldInfo(field);
        if (info != null && info.getIndexOptions() != IndexOptions.NONE) {
          assertThat(info.omitsNorms())
              .as(field)
              .isEqualTo(IndexSchema.WITHOUT_NORMS.contains(field));
        }
      }
    }
  }

  @Test
  @Order(2)
  void theSeedQueriesFindTheSameRecordsWithTheSameCounts() {
    for (String q : QUERIES) {
      for (Filters f : FILTERS) {
        SearchRequest request = new SearchRequest(q, 1, 10, f, SortOrder.RELEVANCE);
        assertSameAnswer(request, embedded.search(request), solr.search(request));
      }
    }
  }

  @Test
  @Order(3)
  void newestAndOldestFirstOrderRecordsAlike() {
    for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
      SearchRequest request = new SearchRequest("convention", 1, 10, Filters.NONE, sort);
      assertThat(ids(solr.search(request))).isEqualTo(ids(embedded.search(request)));
    }
  }

  private static void assertSameAnswer(SearchRequest r, SearchResults e, SearchResults s) {
    String what = r.query() + " " + r.filters();
    // Both tiers: the records with a passage holding the whole query, then those whose passages
    // hold it together.
    List<RecordHit> both = e.hits();
    assertThat(s.hits()).as(what).hasSameSizeAs(both);
    assertThat(s.hits().stream().map(RecordHit::match).toList())
        .as(what)
        .isEqualTo(e.hits().stream().map(RecordHit::match).toList());
    assertThat(s.totalRecords()).as(what).isEqualTo(e.totalRecords());
    assertThat(s.suggestions()).as(what).isEqualTo(e.suggestions());
    if (r.query().contains("~") || r.query().contains(":")) {
      // Same records, other scores: a fuzzy word's variants are weighed by document frequencies
      // each shard takes from itself; a facet value is one term of Lucene's shared facet field
      // but of its own field on Solr (other statistics).
      assertThat(ids(s))
          .as(what)
          .containsExactlyInAnyOrderElementsOf(both.stream().map(h -> h.record().id()).toList());
      assertThat(s.totalPassages()).as(what).isEqualTo(e.totalPassages());
      return;
    }
    assertThat(byScoreThenId(s.hits())).as(what).isEqualTo(byScoreThenId(both));
    Map<String, RecordHit> solrHits = new LinkedHashMap<>();
    s.hits().forEach(h -> solrHits.put(h.record().id(), h));
    for (RecordHit a : both) {
      RecordHit b = solrHits.get(a.record().id());
      assertThat(b.score())
          .as(what + " " + a.record().id())
          .isCloseTo(a.score(), within(a.score()));
      assertThat(b.matchingPassages())
          .as(what + " " + a.record().id())
          .isEqualTo(a.matchingPassages());
      assertThat(b.record()).as(what).isEqualTo(a.record());
      assertThat(b.passages().stream().map(PassageHit::id).toList())
          .as(what + " " + a.record().id())
          .isEqualTo(a.passages().stream().map(PassageHit::id).toList());
    }
    assertThat(s.totalPassages()).as(what).isEqualTo(e.totalPassages());
    assertThat(s.facets()).as(what).isEqualTo(e.facets());
    assertThat(s.dateHistogram()).as(what).isEqualTo(e.dateHistogram());
    assertThat(s.partial()).as(what).isFalse();
  }

  /** Scores agree to float rounding (Lucene 9 and 10 compute BM25 alike, over the same stats). */
  private static org.assertj.core.data.Offset<Float> within(float score) {
    return org.assertj.core.data.Offset.offset(Math.max(1e-4f, Math.abs(score) * 1e-4f));
  }

  /** Hit order with ties by record id: the two backends break equal scores differently. */
  private static List<String> byScoreThenId(List<RecordHit> hits) {
    List<RecordHit> sorted = new ArrayList<>(hits);
    sorted.sort(
        Comparator.comparing((RecordHit h) -> Math.round(h.score() * 1e4))
            .reversed()
            .thenComparing(h -> h.record().id()));
    return sorted.stream().map(h -> h.record().id()).toList();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(h -> h.record().id()).toList();
  }

  @Test
  @Order(4)
  void everyRecordViewIsTheSame() {
    SearchResults all = embedded.search(new SearchRequest("", 1, 100));
    assertThat(all.hits()).hasSize(9);
    for (RecordHit hit : all.hits()) {
      String id = hit.record().id();
      RecordDetail e = embedded.record(id, null).orElseThrow();
      RecordDetail s = solr.record(id, null).orElseThrow();
      assertThat(s).as(id).isEqualTo(e);
      assertThat(solr.versions(id)).as(id).isEqualTo(embedded.versions(id));
    }
    assertThat(solr.record("no-such-record.pdf", null)).isEmpty();
  }

  /**
   * The snippets of the seed queries' passages, as both backends mark them: the same sentences, the
   * same marks, the same escaping; the queries whose snippets differ are listed.
   */
  @Test
  @Order(5)
  void theSeedQueriesSnippetsAreTheSame() {
    List<String> differ = new ArrayList<>();
    for (String q : QUERIES) {
      if (q.isBlank()) {
        continue;
      }
      SearchRequest request = new SearchRequest(q, 1, 10);
      Map<String, String> e = snippets(embedded.search(request));
      Map<String, String> s = snippets(solr.search(request));
      e.forEach(
          (id, html) -> {
            if (s.containsKey(id) && !html.equals(s.get(id))) {
              differ.add(q + " " + id + "\n  embedded: " + html + "\n  solr:     " + s.get(id));
            }
          });
    }
    assertThat(differ).isEmpty();
  }

  private static Map<String, String> snippets(SearchResults r) {
    Map<String, String> out = new LinkedHashMap<>();
    r.hits().stream()
        .flatMap(h -> h.passages().stream())
        .forEach(p -> out.put(p.id(), p.snippet().html()));
    return out;
  }

  @Test
  @Order(5)
  void aRecordViewMarksTheQueryInTheSamePassages() {
    String id = "cc-minutes-30-january-2024.docx";
    RecordDetail e = embedded.record(id, "stigmatization").orElseThrow();
    RecordDetail s = solr.record(id, "stigmatization").orElseThrow();
    assertThat(marked(s)).isNotEmpty().isEqualTo(marked(e));
  }

  private static List<String> marked(RecordDetail d) {
    return d.passages().stream()
        .filter(p -> p.snippet().html().contains("<mark>"))
        .map(PassageHit::id)
        .toList();
  }

  @Test
  @Order(5)
  void similarPassagesAreFoundByTheSameWords() {
    List<String> e = embedded.similar(JAN_2024, 68, 5).stream().map(x -> x.passage().id()).toList();
    List<String> s = solr.similar(JAN_2024, 68, 5).stream().map(x -> x.passage().id()).toList();
    assertThat(e).isNotEmpty();
    assertThat(s).hasSameSizeAs(e).contains(e.getFirst()).doesNotContain(JAN_2024 + "#p68");
  }

  @Test
  @Order(6)
  void deepPagingWalksTheSameRecordsInTheSameOrder() {
    assertThat(walk(solr::searchAfter, "convention"))
        .isEqualTo(walk(embedded::searchAfter, "convention"));
  }

  private static List<String> walk(
      java.util.function.BiFunction<SearchRequest, String, SearchResults> after, String q) {
    List<String> seen = new ArrayList<>();
    String cursor = SearchCursor.START;
    SearchRequest request = new SearchRequest(q, 1, 2);
    for (int page = 0; page < 20; page++) {
      SearchResults r = after.apply(request, cursor);
      if (r.hits().isEmpty()) {
        break;
      }
      r.hits().forEach(h -> seen.add(h.record().id()));
      cursor = SearchCursor.after(r.hits().getLast()).encode();
    }
    assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThan(2);
    return seen;
  }

  @Test
  @Order(7)
  void anIncrementalRunFindsNothingToDo() throws Exception {
    IndexReport again = TestCorpus.indexIntoSolr(TestCorpus.seedCorpus(), cluster, false);
    assertThat(again.full()).isFalse();
    assertThat(again.indexed()).isZero();
    assertThat(again.unchanged()).isEqualTo(9);
  }

  @Test
  @Order(8)
  void aFullRunSwapsTheAliasToANewCollectionAndDropsTheOld() throws Exception {
    List<String> before = cluster.aliased();
    IndexReport full = TestCorpus.indexIntoSolr(TestCorpus.seedCorpus(), cluster, true);
    assertThat(full.indexed()).isEqualTo(9);
    List<String> after = cluster.aliased();
    assertThat(after).singleElement().isNotIn(before);
    assertThat(full.notes())
        .anyMatch(n -> n.contains("deleted the replaced collection " + before.getFirst()));
    SearchRequest request = SearchRequest.of("stigmatization");
    assertSameAnswer(request, embedded.search(request), solr.search(request));
  }

  /** The embedded index's cost rules: with no costly search allowed, only ordinary ones run. */
  @Test
  @Order(9)
  void costlySearchesAreRefusedWhenNoneMayRun() throws Exception {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (SolrArchiveIndex none =
        new SolrArchiveIndex(
            new SolrCluster(List.of(cloud.url()), "ccm_test", quiet),
            new IndexSchema(),
            new QueryLimits(Duration.ofSeconds(60), 0))) {
      assertThatThrownBy(() -> none.search(SearchRequest.of("stockpil* destruc*")))
          .isInstanceOf(SearchBusyException.class);
      SearchRequest largePage =
          new SearchRequest("clearance", 1, 100, Filters.NONE, SortOrder.RELEVANCE);
      assertThatThrownBy(() -> none.search(largePage)).isInstanceOf(SearchBusyException.class);
      assertThat(ids(none.search(SearchRequest.of("clearance"))))
          .isEqualTo(ids(solr.search(SearchRequest.of("clearance"))));
    }
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: the others run on both nodes
  void withOneNodeStoppedSearchesStillAnswerInFull() throws Exception {
    Map<String, SearchResults> before = new LinkedHashMap<>();
    for (String q : QUERIES) {
      before.put(q, solr.search(SearchRequest.of(q)));
    }
    cloud.stopSecondNode();
    for (String q : QUERIES) {
      SearchResults now = solr.search(SearchRequest.of(q));
      assertThat(ids(now)).as(q).isEqualTo(ids(before.get(q)));
      assertThat(now.totalPassages()).as(q).isEqualTo(before.get(q).totalPassages());
      assertThat(now.facets()).as(q).isEqualTo(before.get(q).facets());
      assertThat(now.partial()).as(q).isFalse();
    }
  }
}
