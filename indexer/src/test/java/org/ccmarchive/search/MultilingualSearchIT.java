package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.SeedIndex;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Searches the corpus across its English, French and Spanish records. */
@ExtendWith(SeedIndex.class)
class MultilingualSearchIT {

  private static final String FR_MINUTES = "cc-proces-verbal-12-mars-2025.docx";
  private static final String ES_MINUTES = "cc-acta-12-marzo-2025.docx";
  private static final String FR_STATEMENT =
      "declaration-france-assistance-aux-victimes-ri2025.docx";
  private static final String ES_STATEMENT = "declaracion-chile-limpieza-ri2025.docx";
  private static final String ISU_REPORT = "isu-annual-report-2024.pdf";

  static LuceneArchiveIndex service;

  @BeforeAll
  static void open(SeedIndex.Built seed) throws Exception {
    service = LuceneArchiveIndex.open(seed.path(), new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResults search(String q, boolean crossLingual) {
    return service.search(new SearchRequest(q, 1, 20, crossLingual));
  }

  private static Set<String> passageLanguages(SearchResults r) {
    return r.hits().stream()
        .flatMap(h -> h.passages().stream())
        .map(PassageHit::language)
        .collect(Collectors.toSet());
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(h -> h.record().id()).toList();
  }

  @Test
  void recordsAndPassagesCarryTheirDetectedLanguage() {
    assertThat(service.summary(FR_MINUTES).orElseThrow().language()).contains("fr");
    assertThat(service.summary(ES_STATEMENT).orElseThrow().language()).contains("es");
    assertThat(service.summary(ISU_REPORT).orElseThrow().language()).contains("en");
    RecordDetail fr = service.record(FR_MINUTES, null).orElseThrow();
    assertThat(fr.passages()).extracting(PassageHit::language).containsOnly("fr");
  }

  @Test
  void crossLingualSearchFindsFrenchAndSpanishPassagesOfAnEnglishQuery() {
    SearchResults on = search("extension request", true);
    assertThat(ids(on)).contains(FR_MINUTES, ES_MINUTES);
    assertThat(passageLanguages(on)).contains("en", "fr", "es");

    SearchResults off = search("extension request", false);
    assertThat(off.totalRecords()).isPositive();
    assertThat(ids(off)).doesNotContain(FR_MINUTES, ES_MINUTES, FR_STATEMENT, ES_STATEMENT);
    assertThat(passageLanguages(off)).containsOnly("en");
  }

  @Test
  void aStateTypedInOneLanguageFindsItsNameInTheOthers() {
    // "la représentante du Chili" (French minutes), "Chile" in English and Spanish.
    assertThat(ids(search("Chile", true))).contains(FR_MINUTES, ES_MINUTES, ES_STATEMENT);
    assertThat(ids(search("Chile", false))).doesNotContain(FR_MINUTES);
    // "Francia" (Spanish) finds the French statement and minutes that say "France".
    assertThat(ids(search("Francia", true))).contains(ES_MINUTES, FR_STATEMENT, FR_MINUTES);
    assertThat(ids(search("Francia", false))).containsOnly(ES_MINUTES);
    // An organisation by its French name finds the English reports that use the acronym.
    assertThat(ids(search("\"Unité d'appui à l'application\"", true))).contains(ISU_REPORT);
  }

  @Test
  void victimAssistanceAlsoFindsItsFrenchAndSpanishWording() {
    SearchResults r = search("victim assistance", true);
    assertThat(ids(r)).contains(FR_MINUTES, FR_STATEMENT, ES_MINUTES, ES_STATEMENT);
    PassageHit fr =
        r.hits().stream()
            .filter(h -> h.record().id().equals(FR_STATEMENT))
            .findFirst()
            .orElseThrow()
            .passages()
            .getFirst();
    assertThat(fr.language()).isEqualTo("fr");
    assertThat(fr.snippet().html()).containsIgnoringCase("<mark>assistance");
  }

  @Test
  void aFrenchQueryFindsTheFrenchMinutesFirst() {
    assertThat(ids(search("demandes de prolongation au titre de l'article 4", true)).getFirst())
        .isEqualTo(FR_MINUTES);
    assertThat(ids(search("La Présidente a ouvert la réunion", true)).getFirst())
        .isEqualTo(FR_MINUTES);
  }

  @Test
  void accentsAndCaseAreFoldedInEveryLanguage() {
    assertThat(ids(search("etats parties rappel", false))).contains(FR_MINUTES);
    assertThat(ids(search("VICTIMAS rehabilitacion", false))).contains(ES_MINUTES);
  }

  @Test
  void stemmingMatchesOtherWordFormsInFrenchAndSpanish() {
    assertThat(ids(search("victime réadaptations", false))).contains(FR_STATEMENT);
    assertThat(ids(search("víctima", false))).contains(ES_MINUTES, ES_STATEMENT);
  }

  @Test
  void languageFilterNarrowsToPassagesInThatLanguage() {
    SearchResults r = search("victim assistance language:es", true);
    assertThat(r.totalPassages()).isPositive();
    assertThat(passageLanguages(r)).containsOnly("es");
  }

  @Test
  void theLanguageFacetCountsPassagesByTheirOwnLanguage() {
    SearchResults r =
        service.search(
            new SearchRequest(
                "victim assistance",
                1,
                20,
                Filters.NONE.toggle(IndexSchema.FACET_LANGUAGE, "es"),
                SortOrder.RELEVANCE,
                true));
    assertThat(r.totalPassages()).isPositive();
    assertThat(passageLanguages(r)).containsOnly("es");
    assertThat(r.facets().get(IndexSchema.FACET_LANGUAGE))
        .extracting(SearchResults.FacetCount::value)
        .contains("en", "fr", "es");
  }

  @Test
  void symbolsMatchExactlyAndByPrefix() {
    assertThat(ids(search("CCM/CC/2025/MIN.2", false)))
        .containsExactlyInAnyOrder(FR_MINUTES, ES_MINUTES);
    assertThat(ids(search("symbol:CCM/CC/2025*", false)))
        .containsExactlyInAnyOrder(FR_MINUTES, ES_MINUTES);
    assertThat(search("symbol:CCM/CC/2024*", false).totalRecords()).isZero();
    assertThat(ids(search("CCM/MSP/2024/11", false))).contains(ISU_REPORT);
    assertThat(ids(search("CCM/MSP/2024*", false))).contains(ISU_REPORT);
    assertThat(search("CCM/MSP/2024/1", false).hits())
        .allSatisfy(
            h ->
                assertThat(h.passages())
                    .allSatisfy(p -> assertThat(p.text()).contains("CCM/MSP/2024/1")));
  }
}
