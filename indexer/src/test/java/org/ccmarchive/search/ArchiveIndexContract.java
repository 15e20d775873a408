package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArchiveIndex} must answer over the seed corpus: run it against an
 * implementation by extending this class and returning an index holding the seed corpus ({@code
 * TestCorpus.seedCorpus()}). Asserts outcomes any backend must give, never how they are reached.
 */
public abstract class ArchiveIndexContract {

  static final String FR_MINUTES = "cc-proces-verbal-12-mars-2025.docx";
  static final String ES_MINUTES = "cc-acta-12-marzo-2025.docx";
  static final String JAN_2024 = "cc-minutes-30-january-2024.docx";
  static final String NOV_2025 = "cc-minutes-26-november-2025.pdf";
  static final String NO_SUCH_RECORD = "no-such-record.pdf";

  /** The implementation under test, holding the seed corpus. */
  protected abstract ArchiveIndex archive();

  private SearchResults search(String q, int size) {
    return archive().search(new SearchRequest(q, 1, size));
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(h -> h.record().id()).toList();
  }

  @Test
  void aSearchAnswersOneHitPerRecordWithItsBestPassagesMarked() {
    SearchResults r = search("convention", 20);
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.totalRecords()).isGreaterThanOrEqualTo(r.hits().size());
    assertThat(r.totalPassages()).isGreaterThanOrEqualTo(r.totalRecords());
    assertThat(ids(r)).doesNotHaveDuplicates();
    for (RecordHit hit : r.hits()) {
      assertThat(hit.passages()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(hit.passages()).allMatch(p -> p.recordId().equals(hit.record().id()));
    }
    assertThat(r.hits().getFirst().passages().getFirst().snippet().html()).contains("<mark>");
    assertThat(r.facets()).isNotEmpty();
  }

  @Test
  void theSameRequestGivesTheSameOrder() {
    assertThat(ids(search("convention", 20))).isEqualTo(ids(search("convention", 20)));
  }

  @Test
  void aQueryTooLongIsRefusedNotRun() {
    assertThatThrownBy(() -> search("mine ".repeat(QueryLimits.MAX_QUERY_LENGTH), 10))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void aRecordWhosePassagesHoldTheQueryOnlyTogetherIsFoundByThemAll() {
    // No one paragraph of the November 2025 minutes names Régimbal beside "voting patterns".
    SearchResults r = search("Régimbal voting patterns", 20);
    assertThat(r.hits()).isNotEmpty();
    RecordHit hit = r.hits().getFirst();
    assertThat(hit.record().id()).isEqualTo(NOV_2025);
    assertThat(hit.match()).isEqualTo(RecordHit.Match.RECORD);
    assertThat(r.totalRecords()).isEqualTo(r.hits().size());
    assertThat(hit.passages()).hasSizeGreaterThan(1);
    assertThat(hit.passages()).allSatisfy(p -> assertThat(p.snippet().html()).contains("<mark>"));
    List<Integer> ordinals = hit.passages().stream().map(PassageHit::ordinal).toList();
    assertThat(ordinals).as("in reading order").isSorted();
    String shown = String.join(" ", hit.passages().stream().map(PassageHit::text).toList());
    for (String word : List.of("Régimbal", "voting", "patterns")) {
      assertThat(shown).containsIgnoringCase(word);
    }
  }

  @Test
  void secondTierRecordsComeAfterTheFirstAndPagesReachThem() {
    // "Norway" and "universalization" share a paragraph in some records, not in January 2024's.
    SearchResults all = search("Norway universalization", 20);
    List<RecordHit.Match> tiers = all.hits().stream().map(RecordHit::match).toList();
    assertThat(tiers).contains(RecordHit.Match.PASSAGE, RecordHit.Match.RECORD).isSorted();
    assertThat(all.hits().stream().filter(h -> h.match() == RecordHit.Match.RECORD))
        .extracting(h -> h.record().id())
        .contains(JAN_2024);
    assertThat(all.totalRecords()).isEqualTo(all.hits().size());
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= all.hits().size(); page++) {
      SearchResults r = archive().search(new SearchRequest("Norway universalization", page, 1));
      r.hits().forEach(h -> paged.add(h.record().id()));
    }
    assertThat(paged).isEqualTo(ids(all));
  }

  @Test
  void aMisspeltWordGetsADidYouMeanInItsWrittenForm() {
    SearchResults r = search("clearence Peru", 10);
    assertThat(r.totalPassages()).isZero();
    assertThat(r.suggestions().query()).hasValue("clearance Peru");
    assertThat(r.suggestions().queryPassages()).isEqualTo(1);
    assertThat(search("clearance Peru", 10).suggestions().query()).isEmpty();
  }

  @Test
  void cursorPagesNeitherRepeatNorSkipARecord() {
    List<String> walked = new ArrayList<>();
    String after = SearchCursor.START;
    for (int i = 0; i < 50; i++) {
      SearchResults page = archive().searchAfter(new SearchRequest("convention", 1, 2), after);
      if (page.hits().isEmpty()) {
        break;
      }
      page.hits().forEach(h -> walked.add(h.record().id()));
      after = SearchCursor.after(page.hits().getLast()).encode();
    }
    SearchResults all =
        archive().searchAfter(new SearchRequest("convention", 1, 50), SearchCursor.START);
    assertThat(walked).doesNotHaveDuplicates().isEqualTo(ids(all)).isNotEmpty();
  }

  @Test
  void aRecordViewListsEveryPassageInOrderWithTheQueryMarked() {
    RecordDetail d = archive().record(JAN_2024, "convention").orElseThrow();
    assertThat(d.record().id()).isEqualTo(JAN_2024);
    List<Integer> ordinals = d.passages().stream().map(PassageHit::ordinal).toList();
    assertThat(ordinals).isNotEmpty().isSorted().doesNotHaveDuplicates();
    assertThat(d.passages()).anyMatch(p -> p.snippet().html().contains("<mark>"));
    assertThat(archive().record(JAN_2024, null).orElseThrow().passages())
        .noneMatch(p -> p.snippet().html().contains("<mark>"));
    assertThat(archive().summary(JAN_2024).orElseThrow().title()).isEqualTo(d.record().title());
  }

  @Test
  void anUnknownRecordHasNoViewNoSummaryNoVersions() {
    assertThat(archive().record(NO_SUCH_RECORD, "")).isEmpty();
    assertThat(archive().summary(NO_SUCH_RECORD)).isEmpty();
    assertThat(archive().versions(NO_SUCH_RECORD)).isEmpty();
    assertThat(archive().versionPassages(NO_SUCH_RECORD, 1)).isEmpty();
  }

  @Test
  void languageVersionsAreFoundBothWaysAndJoinOneHit() {
    assertThat(archive().versions(FR_MINUTES)).extracting(RecordVersion::id).contains(ES_MINUTES);
    assertThat(archive().versions(ES_MINUTES)).extracting(RecordVersion::id).contains(FR_MINUTES);
    RecordDetail fr = archive().record(FR_MINUTES, "").orElseThrow();
    int numbered =
        fr.passages().stream()
            .filter(p -> p.paragraph().isPresent())
            .findFirst()
            .orElseThrow()
            .ordinal();
    assertThat(archive().versionPassages(FR_MINUTES, numbered).orElseThrow())
        .extracting(v -> v.version().id())
        .contains(ES_MINUTES);
    SearchResults both = archive().search(new SearchRequest("", 1, 50));
    SearchResults together = archive().withVersionsTogether(both);
    assertThat(ids(together)).doesNotContainSequence(FR_MINUTES, ES_MINUTES);
    assertThat(ids(together).contains(FR_MINUTES) ^ ids(together).contains(ES_MINUTES)).isTrue();
  }

  @Test
  void similarPassagesNeverIncludeThePassageItself() {
    List<SimilarPassage> similar = archive().similar(JAN_2024, 2, 5);
    assertThat(similar).hasSizeLessThanOrEqualTo(5);
    assertThat(similar)
        .noneMatch(s -> s.record().id().equals(JAN_2024) && s.passage().ordinal() == 2);
    assertThat(archive().similar(NO_SUCH_RECORD, 1, 5)).isEmpty();
  }

  @Test
  void facetValuesStartWithThePrefixAndAnUnknownDimensionIsRefused() {
    List<SearchResults.FacetCount> all = archive().facetValues("speaker", "", 50);
    assertThat(all).isNotEmpty();
    String first = all.getFirst().value();
    String prefix = first.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
    assertThat(archive().facetValues("speaker", prefix, 50))
        .extracting(SearchResults.FacetCount::value)
        .contains(first);
    assertThat(archive().facetValues("speaker", "", 1)).hasSize(1);
    assertThatThrownBy(() -> archive().facetValues("colour", "", 10))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void aTypedFacetValueIsMatchedAsTheIndexHoldsIt() {
    String speaker = archive().facetValues("speaker", "", 1).getFirst().value();
    SearchRequest typed =
        new SearchRequest(
            "",
            1,
            10,
            new Filters(
                Map.of("speaker", List.of(speaker.toUpperCase(java.util.Locale.ROOT))),
                Optional.empty(),
                Optional.empty()),
            SortOrder.RELEVANCE);
    assertThat(archive().canonical(typed).filters().of("speaker")).containsExactly(speaker);
    assertThat(archive().search(typed).totalRecords()).isPositive();
  }

  @Test
  void anExportWritesAtMostItsCapAndCountsEveryMatch() {
    SearchRequest request = new SearchRequest("convention", 1, 10, false);
    List<ExportRow> rows = new ArrayList<>();
    long total = archive().export(request, 2, rows::add);
    assertThat(rows).hasSize(2);
    assertThat(total).isEqualTo(archive().search(request).totalPassages());
  }

  @Test
  void anIndexVersionHoldsEveryRecordAndPassageWithTheirTexts() {
    archive()
        .readVersion(
            v -> {
              Set<String> records = new LinkedHashSet<>();
              v.records().forEach(r -> records.add(r.id()));
              assertThat(records).contains(JAN_2024, FR_MINUTES, ES_MINUTES);
              List<PassageEntry> passages = v.passages();
              long all = archive().export(new SearchRequest("", 1, 10, false), 1, row -> {});
              assertThat(passages).hasSize((int) all);
              PassageEntry second =
                  passages.stream()
                      .filter(p -> p.recordId().equals(JAN_2024) && p.ordinal() == 2)
                      .findFirst()
                      .orElseThrow();
              assertThat(v.text(second.handle()))
                  .isEqualTo(
                      archive().record(JAN_2024, "").orElseThrow().passages().stream()
                          .filter(p -> p.ordinal() == 2)
                          .findFirst()
                          .orElseThrow()
                          .text());
              Set<Integer> matching = v.matching("convention");
              long expected =
                  archive().export(new SearchRequest("convention", 1, 10, false), 1, row -> {});
              assertThat(matching).hasSize((int) expected);
              assertThat(passages.stream().map(PassageEntry::handle).toList())
                  .containsAll(matching);
              assertThat(v.matching("")).hasSize(passages.size());
              return null;
            });
    Object first = archive().readVersion(IndexVersion::key);
    assertThat(archive().readVersion(IndexVersion::key)).isEqualTo(first);
  }

  @Test
  void theIndexTellsWhenItWasLastCommitted() {
    assertThat(archive().committed()).isNotNull();
  }
}
