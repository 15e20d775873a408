package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.SeedIndex;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Indexes the seed corpus and queries it. */
@ExtendWith(SeedIndex.class)
class SearchServiceIT {

  private static final String JAN_2024 = "cc-minutes-30-january-2024.docx";
  private static final String NOV_2025 = "cc-minutes-26-november-2025.pdf";

  static LuceneArchiveIndex service;

  @BeforeAll
  static void openSeedIndex(SeedIndex.Built seed) throws Exception {
    // 5 English seed records + 4 French and Spanish records (corpus/*.docx written for issue 5)
    assertThat(seed.report().indexed()).isEqualTo(9);
    service = LuceneArchiveIndex.open(seed.path(), new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private SearchResults search(String q) {
    return service.search(SearchRequest.of(q));
  }

  @Test
  void stigmatizationFindsTheJanuary2024MinutesFirst() {
    SearchResults r = search("stigmatization");
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().getFirst().record().id()).isEqualTo(JAN_2024);
    assertThat(r.hits().getFirst().passages().getFirst().snippet().html())
        .contains("<mark>stigmatization</mark>");
  }

  @Test
  void phraseQueryMatchesOnlyTheExactPhrase() {
    // cross-lingual search off: with it on, the phrase also matches its translations
    SearchResults phrase =
        service.search(new SearchRequest("\"Lausanne Action Plan\"", 1, 10, false));
    assertThat(phrase.totalPassages()).isPositive();
    for (RecordHit hit : phrase.hits()) {
      for (PassageHit p : hit.passages()) {
        assertThat(p.text()).containsIgnoringCase("Lausanne Action Plan");
      }
    }
    SearchResults reversed = search("\"Plan Action Lausanne\"");
    assertThat(reversed.totalPassages()).isZero();
  }

  @Test
  void booleanQueryCombinesAndOrNot() {
    long both = search("Peru AND stockpile").totalPassages();
    long peru = search("Peru").totalPassages();
    long peruNotStockpile = search("Peru NOT stockpile").totalPassages();
    assertThat(both).isPositive();
    assertThat(peruNotStockpile + both).isEqualTo(peru);
    assertThat(search("Peru OR Zambia").totalPassages()).isGreaterThan(peru);
  }

  @Test
  void defaultOperatorRequiresEveryWord() {
    // In one passage (first tier), or across the record's passages (second tier, after).
    for (RecordHit hit : search("Germany extension").hits()) {
      String shown = String.join(" ", hit.passages().stream().map(PassageHit::text).toList());
      assertThat(shown).containsIgnoringCase("Germany").containsIgnoringCase("extension");
      if (hit.match() == RecordHit.Match.PASSAGE) {
        for (PassageHit p : hit.passages()) {
          assertThat(p.text()).containsIgnoringCase("Germany").containsIgnoringCase("extension");
        }
      }
    }
  }

  @Test
  void fieldRestrictionLimitsToThatField() {
    SearchResults inTitle = search("title:statement");
    assertThat(inTitle.hits())
        .extracting(h -> h.record().id())
        .containsExactly("statement-universalization-norway-peru-im2025.docx");
    SearchResults bySection = search("section:transparency reporting");
    assertThat(bySection.hits()).isNotEmpty();
    bySection
        .hits()
        .forEach(
            h ->
                h.passages()
                    .forEach(p -> assertThat(p.section()).containsIgnoringCase("transparency")));
  }

  @Test
  void colonAfterAWordThatIsNotAFieldIsText() {
    assertThat(search("Germany: information").totalPassages()).isPositive();
  }

  @Test
  void resultsAreGroupedByRecordWithCounts() {
    SearchResults r = search("cluster munitions");
    assertThat(r.totalRecords()).isEqualTo(r.hits().size());
    assertThat(r.totalPassages()).isGreaterThan(r.totalRecords());
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.passages()).hasSizeBetween(1, 3));
    assertThat(r.hits()).extracting(h -> h.record().id()).doesNotHaveDuplicates();
  }

  @Test
  void paginationSplitsRecords() {
    SearchResults page1 = service.search(new SearchRequest("convention", 1, 2));
    SearchResults page2 = service.search(new SearchRequest("convention", 2, 2));
    assertThat(page1.hits()).hasSize(2);
    assertThat(page2.hits()).isNotEmpty();
    assertThat(page1.hits())
        .extracting(h -> h.record().id())
        .doesNotContainAnyElementsOf(page2.hits().stream().map(h -> h.record().id()).toList());
  }

  @Test
  void malformedQueryIsAReadableError() {
    assertThatThrownBy(() -> search("\"unclosed phrase"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("Could not understand the query");
    assertThat(refusal("(Article 4").code()).isEqualTo("query.syntax.ends-early");
    InvalidQueryException near = refusal("Article 4) reporting");
    assertThat(near.code()).isEqualTo("query.syntax.near");
    assertThat(near.getMessage()).startsWith("Could not understand the query near \")\".");
    assertThat(near.message(java.util.Locale.FRENCH))
        .startsWith("Requête incomprise près de «\u00a0)\u00a0».");
    assertThatThrownBy(() -> search("*leading")).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> new SearchRequest("x", 0, 10))
        .isInstanceOf(InvalidQueryException.class);
  }

  private InvalidQueryException refusal(String query) {
    try {
      search(query);
    } catch (InvalidQueryException e) {
      return e;
    }
    throw new AssertionError("no refusal for " + query);
  }

  @Test
  void pageSizeIsCapped() {
    assertThat(new SearchRequest("x", 1, 10_000).size()).isEqualTo(SearchRequest.MAX_SIZE);
  }

  @Test
  void highlightEscapesDocumentTextAndMarksTerms() {
    PassageHit p = search("stigmatization").hits().getFirst().passages().getFirst();
    assertThat(p.text()).contains("\"stigmatization\"");
    assertThat(p.snippet().html()).contains("&quot;<mark>stigmatization</mark>&quot;");
  }

  @Test
  void recordViewListsEveryPassageInOrderWithQueryMarked() {
    RecordDetail d = service.record(NOV_2025, "Vongxay").orElseThrow();
    assertThat(d.passages()).extracting(PassageHit::ordinal).isSorted().startsWith(1, 2, 3);
    assertThat(d.passages())
        .anySatisfy(p -> assertThat(p.snippet().html()).contains("<mark>Vongxay</mark>"));
    assertThat(d.passages()).allSatisfy(p -> assertThat(p.page()).isPresent());
    assertThat(d.record().pageCount()).isPositive();
  }

  @Test
  void unknownRecordIsEmpty() {
    assertThat(service.record("no-such-record.pdf", null)).isEmpty();
  }
}
