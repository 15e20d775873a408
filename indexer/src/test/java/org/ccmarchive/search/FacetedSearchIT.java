package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.SearchResults.FacetCount;
import org.ccmarchive.testing.TestIndex;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facets, filters, dates, sorting and suggestions over a small index with known values. */
class FacetedSearchIT {

  @TempDir static Path indexDir;
  static LuceneArchiveIndex service;

  @BeforeAll
  static void build() throws Exception {
    TestIndex idx = TestIndex.create();
    idx.record("cc-2024-01.txt", "minutes", "Coordination Committee/2024-01-30", "2024-01-30")
        .symbol("CCM/CC/2024/1")
        .passage(
            "5.1",
            "Australia reported on clearance under Article 4.",
            "speaker",
            "Australia",
            "article",
            "Article 4")
        .passage(
            "5.2",
            "Peru and Australia discussed transparency reporting under Article 7.",
            "speaker",
            "Peru",
            "speaker",
            "Australia",
            "article",
            "Article 7")
        .decision(
            "5.3",
            "The Committee agreed to the extension request under Article 4.",
            "article",
            "Article 4");
    idx.record("cc-2024-06.txt", "minutes", "Coordination Committee/2024-06-12", "2024-06-12")
        .cites("CCM/CC/2024/1")
        .cites("CCM/MSP/1999/9")
        .passage("1", "Norway spoke on universalization.", "speaker", "Norway")
        .passage(
            "2",
            "Australia raised Article 7 transparency reporting again.",
            "speaker",
            "Australia",
            "article",
            "Article 7");
    idx.record("msp-2025.txt", "statement", "Meeting of States Parties/2025-09-01", "2025-09-01")
        .passage(
            "1",
            "Peru made a statement on clearance and Article 4.",
            "speaker",
            "Peru",
            "article",
            "Article 4")
        .passage("2", "Stockpile destruction was completed.", "speaker", "Peru");
    idx.write(indexDir);
    service = LuceneArchiveIndex.open(indexDir, new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResults search(String q, String... filters) {
    return search(q, SortOrder.RELEVANCE, null, null, filters);
  }

  private static SearchResults search(
      String q, SortOrder sort, String from, String to, String... filters) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = 0; i + 1 < filters.length; i += 2) {
      values.computeIfAbsent(filters[i], k -> new ArrayList<>()).add(filters[i + 1]);
    }
    Filters f =
        new Filters(
            values,
            Optional.ofNullable(from).map(LocalDate::parse),
            Optional.ofNullable(to).map(LocalDate::parse));
    return service.search(new SearchRequest(q, 1, 10, f, sort));
  }

  private static Map<String, Long> counts(SearchResults r, String dim) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (FacetCount c : r.facets().getOrDefault(dim, List.of())) {
      m.put(c.value(), c.count());
    }
    return m;
  }

  @Test
  void browsingWithoutAQueryCountsEveryPassage() {
    SearchResults r = search("");
    assertThat(r.totalPassages()).isEqualTo(7);
    assertThat(r.totalRecords()).isEqualTo(3);
    assertThat(counts(r, "speaker"))
        .containsExactly(
            Map.entry("Australia", 3L), Map.entry("Peru", 3L), Map.entry("Norway", 1L));
    assertThat(counts(r, "article"))
        .containsExactly(Map.entry("Article 4", 3L), Map.entry("Article 7", 2L));
    assertThat(counts(r, "type"))
        .containsExactly(Map.entry("minutes", 5L), Map.entry("statement", 2L));
    assertThat(counts(r, "year")).containsExactly(Map.entry("2025", 2L), Map.entry("2024", 5L));
    assertThat(counts(r, "format")).containsExactly(Map.entry("TXT", 7L));
  }

  @Test
  void meetingIsAHierarchyWithChildrenAfterTheirParent() {
    SearchResults r = search("");
    assertThat(counts(r, "meeting"))
        .containsExactly(
            Map.entry("Coordination Committee", 5L),
            Map.entry("Coordination Committee/2024-06-12", 2L),
            Map.entry("Coordination Committee/2024-01-30", 3L),
            Map.entry("Meeting of States Parties", 2L),
            Map.entry("Meeting of States Parties/2025-09-01", 2L));
    assertThat(search("", "meeting", "Coordination Committee").totalPassages()).isEqualTo(5);
    assertThat(search("", "meeting", "Coordination Committee/2024-01-30").totalPassages())
        .isEqualTo(3);
  }

  @Test
  void dimensionsWithoutValuesAreAbsent() {
    assertThat(search("").facets()).doesNotContainKeys("topic", "country", "person");
  }

  @Test
  void aChosenSpeakerKeepsItsSiblingsCountsDrillSideways() {
    SearchResults r = search("", "speaker", "Australia");
    assertThat(r.totalPassages()).isEqualTo(3);
    assertThat(counts(r, "speaker"))
        .containsExactly(
            Map.entry("Australia", 3L), Map.entry("Peru", 3L), Map.entry("Norway", 1L));
    assertThat(counts(r, "article"))
        .containsExactly(Map.entry("Article 7", 2L), Map.entry("Article 4", 1L));
  }

  @Test
  void valuesOfOneFacetAreOrAndFacetsAreAnd() {
    assertThat(search("", "speaker", "Australia", "speaker", "Peru").totalPassages()).isEqualTo(5);
    SearchResults both = search("", "speaker", "Australia", "article", "Article 7");
    assertThat(both.totalPassages()).isEqualTo(2);
    assertThat(counts(both, "speaker"))
        .containsExactly(Map.entry("Australia", 2L), Map.entry("Peru", 1L));
    assertThat(counts(both, "article"))
        .containsExactly(Map.entry("Article 7", 2L), Map.entry("Article 4", 1L));
  }

  @Test
  void facetCountsAreWhatChoosingTheValueGives() {
    SearchResults r = search("clearance");
    for (FacetCount c : r.facets().get("speaker")) {
      assertThat(search("clearance", "speaker", c.value()).totalPassages())
          .as(c.value())
          .isEqualTo(c.count());
    }
  }

  @Test
  void dateRangeFiltersAndTheHistogramIgnoresItSoOtherYearsStayChoosable() {
    SearchResults r = search("", SortOrder.RELEVANCE, "2024-01-01", "2024-12-31");
    assertThat(r.totalPassages()).isEqualTo(5);
    assertThat(r.dateHistogram().granularity()).isEqualTo("year");
    assertThat(r.dateHistogram().buckets())
        .extracting(DateHistogram.Bucket::label, DateHistogram.Bucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024", 5L),
            org.assertj.core.groups.Tuple.tuple("2025", 2L));
    assertThat(search("", SortOrder.RELEVANCE, "2024-06-01", null).totalPassages()).isEqualTo(4);
    assertThat(search("", SortOrder.RELEVANCE, null, "2024-01-30").totalPassages()).isEqualTo(3);
  }

  @Test
  void histogramIsByMonthInsideAChosenYear() {
    SearchResults r = search("", "year", "2024");
    assertThat(r.dateHistogram().granularity()).isEqualTo("month");
    assertThat(r.dateHistogram().buckets())
        .extracting(DateHistogram.Bucket::label, DateHistogram.Bucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-01", 3L),
            org.assertj.core.groups.Tuple.tuple("2024-06", 2L));
    assertThat(r.dateHistogram().buckets().get(1).to()).isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void newestAndOldestOrderRecordsByDate() {
    assertThat(search("article", SortOrder.NEWEST, null, null).hits())
        .extracting(h -> h.record().id())
        .containsExactly("msp-2025.txt", "cc-2024-06.txt", "cc-2024-01.txt");
    assertThat(search("article", SortOrder.OLDEST, null, null).hits())
        .extracting(h -> h.record().id())
        .containsExactly("cc-2024-01.txt", "cc-2024-06.txt", "msp-2025.txt");
  }

  @Test
  void speakerAndArticleFieldsInTheQueryMeanTheFacetValues() {
    assertThat(search("speaker:australia").totalPassages()).isEqualTo(3);
    assertThat(search("article:7").totalPassages()).isEqualTo(2);
    assertThat(search("article:\"article 4\" AND speaker:PERU").totalPassages()).isEqualTo(1);
    assertThat(search("clearance -speaker:Peru").totalPassages()).isEqualTo(1);
    assertThat(search("speaker:Atlantis").totalPassages()).isZero();
  }

  @Test
  void passagesCarrySpeakerArticleAndDecisionLabels() {
    PassageHit p = search("\"extension request\"").hits().getFirst().passages().getFirst();
    assertThat(p.decision()).isTrue();
    assertThat(p.articles()).containsExactly("Article 4");
    PassageHit q = search("Peru transparency").hits().getFirst().passages().getFirst();
    assertThat(q.speakers()).containsExactly("Peru", "Australia");
    assertThat(q.decision()).isFalse();
  }

  @Test
  void misspeltWordGetsADidYouMeanInItsWrittenForm() {
    SearchResults r = search("clearence Peru");
    assertThat(r.totalPassages()).isZero();
    assertThat(r.suggestions().query()).hasValue("clearance Peru");
    assertThat(r.suggestions().queryPassages()).isEqualTo(1);
  }

  @Test
  void emptyFilteredSearchSuggestsDroppingAFilter() {
    SearchResults r = search("transparency", "speaker", "Norway");
    assertThat(r.totalPassages()).isZero();
    assertThat(r.suggestions().relaxations())
        .containsExactly(new Suggestions.Relaxation("speaker", "Norway", 2));
    // The chosen value stays listed, with what it has now, so it can be un-chosen in place.
    assertThat(counts(r, "speaker")).containsEntry("Norway", 0L);
  }

  @Test
  void badFiltersAreRejectedReadably() {
    assertThatThrownBy(() -> search("", "colour", "red"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> search("", SortOrder.RELEVANCE, "2025-01-01", "2024-01-01"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> SortOrder.parse("random")).hasMessageContaining("newest");
  }

  @Test
  void citedSymbolsLinkToTheRecordBearingThemAndBack() {
    RecordDetail b = service.record("cc-2024-06.txt", "").orElseThrow();
    assertThat(b.cites())
        .extracting(RecordDetail.RecordLink::symbol, l -> l.recordId().orElse(null))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CCM/CC/2024/1", "cc-2024-01.txt"),
            org.assertj.core.groups.Tuple.tuple("CCM/MSP/1999/9", null));
    RecordDetail a = service.record("cc-2024-01.txt", "").orElseThrow();
    assertThat(a.citedBy())
        .extracting(l -> l.recordId().orElseThrow())
        .containsExactly("cc-2024-06.txt");
  }

  @Test
  void moreLikeThisFindsTheOtherTransparencyPassage() {
    List<SimilarPassage> similar = service.similar("cc-2024-01.txt", 2, 5);
    assertThat(similar).isNotEmpty();
    assertThat(similar.getFirst().passage().id()).isEqualTo("cc-2024-06.txt#p2");
    assertThat(similar).noneMatch(s -> s.passage().id().equals("cc-2024-01.txt#p2"));
  }

  @Test
  void exportStreamsEveryFilteredPassageUpToTheCap() {
    List<ExportRow> rows = new ArrayList<>();
    SearchRequest req =
        new SearchRequest(
            "",
            1,
            10,
            new Filters(Map.of("speaker", List.of("Peru")), Optional.empty(), Optional.empty()),
            SortOrder.OLDEST);
    long total = service.export(req, 2, rows::add);
    assertThat(total).isEqualTo(3);
    assertThat(rows)
        .extracting(r -> r.passage().id())
        .containsExactly("cc-2024-01.txt#p2", "msp-2025.txt#p1");
  }

  @Test
  void autocompleteFindsValuesByWordPrefix() {
    assertThat(service.facetValues("speaker", "au", 10))
        .containsExactly(new FacetCount("Australia", 3));
    assertThat(service.facetValues("meeting", "states", 10))
        .extracting(FacetCount::value)
        .containsExactly("Meeting of States Parties", "Meeting of States Parties/2025-09-01");
  }
}
