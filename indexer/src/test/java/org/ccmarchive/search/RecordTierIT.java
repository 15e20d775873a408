package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.SeedIndex;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second tier on the seed corpus: records whose paragraphs together hold every word of a query
 * no single paragraph holds, ranked after the records where one paragraph holds them all.
 */
@ExtendWith(SeedIndex.class)
class RecordTierIT {

  private static final String NOV_2025 = "cc-minutes-26-november-2025.pdf";
  private static final String JAN_2024 = "cc-minutes-30-january-2024.docx";

  static LuceneArchiveIndex service;

  @BeforeAll
  static void open(SeedIndex.Built seed) throws Exception {
    service = LuceneArchiveIndex.open(seed.path(), new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResults search(String query) {
    return service.search(SearchRequest.of(query));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Régimbal voting patterns                     | cc-minutes-26-november-2025.pdf
          stigmatization Lausanne Action Plan Norway   | cc-minutes-30-january-2024.docx
          """)
  void wordsInDifferentParagraphsOfOneRecordFindIt(String query, String expectedId) {
    SearchResults r = search(query);
    assertThat(r.hits()).as(query).isNotEmpty();
    RecordHit hit = r.hits().getFirst();
    assertThat(hit.record().id()).isEqualTo(expectedId);
    assertThat(hit.match()).isEqualTo(RecordHit.Match.RECORD);
    assertThat(r.totalRecords()).isEqualTo(r.hits().size());
    // Every paragraph shown holds a word, highlighted; between them they hold every word.
    assertThat(hit.passages()).isNotEmpty();
    assertThat(hit.passages()).allSatisfy(p -> assertThat(p.snippet().html()).contains("<mark>"));
    String shown = String.join(" ", hit.passages().stream().map(PassageHit::text).toList());
    for (String word : query.split(" ")) {
      assertThat(shown.toLowerCase()).as(word).contains(word.toLowerCase());
    }
    assertThat(hit.passages()).as("no one paragraph holds every word").hasSizeGreaterThan(1);
  }

  @Test
  void recordsWithAParagraphHoldingEveryWordComeFirst() {
    // "Norway" and "universalization" share a paragraph in the Norway–Peru statement and in the
    // November 2025 minutes; the January 2024 minutes and the ISU report have them apart.
    SearchResults r = search("Norway universalization");
    List<RecordHit.Match> tiers = r.hits().stream().map(RecordHit::match).toList();
    assertThat(tiers).contains(RecordHit.Match.PASSAGE, RecordHit.Match.RECORD);
    assertThat(tiers).isSorted();
    assertThat(r.hits().stream().filter(h -> h.match() == RecordHit.Match.RECORD))
        .extracting(h -> h.record().id())
        .contains(JAN_2024);
    assertThat(r.totalRecords()).isEqualTo(r.hits().size());
  }

  @Test
  void aPageTheFirstTierFillsDoesNotReachTheSecond() {
    SearchResults first = service.search(new SearchRequest("Norway universalization", 1, 1));
    assertThat(first.hits()).extracting(RecordHit::match).containsOnly(RecordHit.Match.PASSAGE);
    // The page of size 1 is full with first-tier records: the total counts those alone …
    SearchResults all = search("Norway universalization");
    long passageRecords =
        all.hits().stream().filter(h -> h.match() == RecordHit.Match.PASSAGE).count();
    assertThat(first.totalRecords()).isEqualTo(passageRecords);
    // … and the page past the first tier shows the second.
    SearchResults later =
        service.search(new SearchRequest("Norway universalization", (int) passageRecords + 1, 1));
    assertThat(later.hits()).extracting(RecordHit::match).containsOnly(RecordHit.Match.RECORD);
    assertThat(later.totalRecords()).isEqualTo(all.totalRecords());
  }

  @Test
  void aPhraseStaysWithinOneParagraph() {
    // Both words are in the January 2024 minutes, never next to each other.
    assertThat(search("\"stigmatization Lausanne\"").hits()).isEmpty();
    assertThat(search("stigmatization Lausanne").hits())
        .extracting(h -> h.record().id())
        .containsExactly(JAN_2024);
    // A phrase is one part of the query: it must be found whole in one of the paragraphs.
    RecordHit hit = search("\"voting patterns\" Régimbal").hits().getFirst();
    assertThat(hit.record().id()).isEqualTo(NOV_2025);
    assertThat(hit.match()).isEqualTo(RecordHit.Match.RECORD);
    assertThat(hit.passages())
        .anySatisfy(p -> assertThat(p.text().toLowerCase()).contains("voting patterns"));
  }

  @Test
  void orAndNotKeepTheirMeaningAcrossParagraphs() {
    // An OR part is met by a paragraph holding either alternative.
    assertThat(search("(Régimbal OR zzzqqq) voting patterns").hits())
        .extracting(h -> h.record().id())
        .containsExactly(NOV_2025);
    // A query of alternatives only is met by single paragraphs already: no second tier.
    assertThat(search("Régimbal OR stigmatization").hits())
        .extracting(RecordHit::match)
        .containsOnly(RecordHit.Match.PASSAGE);
    // NOT leaves out paragraphs, as in the first tier: a paragraph holding the excluded word
    // cannot lend its other words to the record.
    assertThat(search("Régimbal voting patterns NOT Régimbal").hits()).isEmpty();
    assertThat(search("Régimbal voting patterns -UNODA").hits())
        .extracting(h -> h.record().id())
        .containsExactly(NOV_2025);
    assertThat(search("Régimbal voting patterns -UNODA").hits().getFirst().passages())
        .noneSatisfy(p -> assertThat(p.text()).contains("UNODA"));
  }

  @Test
  void aFieldPartHoldsForEveryParagraphUsed() {
    // language:en is no word to be found somewhere in the record: each paragraph must be English.
    assertThat(search("Régimbal voting patterns language:en").hits())
        .extracting(h -> h.record().id())
        .containsExactly(NOV_2025);
    assertThat(search("Régimbal voting patterns language:fr").hits()).isEmpty();
  }

  @Test
  void filtersApplyToTheParagraphsOfTheSecondTier() {
    Filters otherFormat = Filters.NONE.toggle("format", "DOCX");
    SearchRequest docxOnly =
        new SearchRequest(
            "Régimbal voting patterns", 1, 10, otherFormat, SortOrder.RELEVANCE, true);
    assertThat(service.search(docxOnly).hits()).isEmpty();
  }
}
