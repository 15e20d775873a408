package org.ccmarchive.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmarchive.testing.MemoryArchives.JAN_2024;
import static org.ccmarchive.testing.MemoryArchives.NOV_2023;
import static org.ccmarchive.testing.MemoryArchives.NOV_2025;
import static org.ccmarchive.testing.SyntheticArchive.Labels.none;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.LiveIndex;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.testing.MemoryArchives;
import org.ccmarchive.testing.SyntheticArchive;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryServiceTest {

  @TempDir Path indexDir;
  LiveIndex index;
  MemoryService memory;

  @BeforeEach
  void open() throws Exception {
    MemoryArchives.threeMeetings().write(indexDir);
    index = LiveIndex.open(indexDir);
    memory =
        MemoryService.over(
            LuceneArchiveIndex.over(index, new IndexSchema(), TestLimits.unhurried()));
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static DecisionFilter filter(String meeting, String article, String topic, Integer year) {
    return new DecisionFilter(
        Optional.ofNullable(meeting),
        Optional.ofNullable(article),
        Optional.ofNullable(topic),
        Optional.ofNullable(year));
  }

  @Test
  void versionsWithoutASymbolButWithTheMeetingsNumberedStructureAreOneDecision() throws Exception {
    index.close();
    SyntheticArchive a = MemoryArchives.threeMeetings();
    String meeting = "Coordination Committee › 2026-03-04";
    LocalDate day = LocalDate.of(2026, 3, 4);
    a.record("cc-fr", "Procès-verbal 4 mars 2026", "minutes", meeting, day)
        .language("fr")
        .numbered("1", "1. Ordre du jour", none())
        .numbered("1.1", "1.1 Le Comité a adopté l'ordre du jour.", none().decision())
        .numbered("2", "2. Rapports", none())
        .numbered("2.1", "2.1 Le Comité a approuvé le rapport.", none().decision());
    a.record("cc-es", "Acta 4 de marzo de 2026", "minutes", meeting, day)
        .language("es")
        .numbered("1", "1. Orden del día", none())
        .numbered("1.1", "1.1 El Comité aprobó el orden del día.", none().decision())
        .numbered("2", "2. Informes", none())
        .numbered("2.1", "2.1 El Comité aprobó el informe.", none().decision());
    a.record("cc-es-other", "Acta 4 de marzo de 2026 (otra)", "minutes", meeting, day)
        .language("es")
        .numbered("1", "1. Orden del día", none())
        .numbered("1.2", "1.2 El Comité aprobó el orden del día.", none().decision());
    a.write(indexDir);
    index = LiveIndex.open(indexDir);
    memory =
        MemoryService.over(
            LuceneArchiveIndex.over(index, new IndexSchema(), TestLimits.unhurried()));

    DecisionRegister r =
        memory.decisions(filter("coordination-committee/2026-03-04", null, null, null), 100);
    assertThat(r.total()).isEqualTo(3);
    PassageView first =
        r.decisions().stream().filter(d -> d.recordId().equals("cc-fr")).findFirst().orElseThrow();
    assertThat(first.language()).contains("fr");
    assertThat(first.versions()).extracting(PassageVersion::recordId).containsExactly("cc-es");
    assertThat(first.versions()).extracting(PassageVersion::language).containsExactly("es");
    assertThat(r.decisions()).extracting(PassageView::recordId).doesNotContain("cc-es");
    assertThat(memory.meeting("coordination-committee", "2026-03-04").orElseThrow().decisions())
        .hasSize(3);
  }

  @Test
  void decisionsAreListedNewestFirstWithTheirCitation() {
    DecisionRegister r = memory.decisions(DecisionFilter.none(), 100);
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.decisions())
        .extracting(PassageView::recordId)
        .containsExactly(NOV_2025, JAN_2024, JAN_2024, NOV_2023, NOV_2023);
    PassageView minutes = r.decisions().get(2);
    assertThat(minutes.text()).contains("approved the minutes");
    assertThat(minutes.citation())
        .isEqualTo(
            "Coordination Committee, CC Minutes 30 January 2024 (30 January 2024), under “3."
                + " Approval of Minutes of Previous Coordination Committee Meeting”, ¶ "
                + minutes.ordinal());
  }

  @Test
  void decisionFiltersNarrowByMeetingArticleTopicAndYearAndCountWhatTheyKeep() {
    assertThat(
            memory
                .decisions(filter("coordination-committee/2024-01-30", null, null, null), 100)
                .total())
        .isEqualTo(2);
    assertThat(memory.decisions(filter("coordination-committee", null, null, null), 100).total())
        .isEqualTo(5);
    assertThat(memory.decisions(filter(null, "Article 4", null, null), 100).decisions())
        .extracting(PassageView::recordId)
        .containsExactly(NOV_2023);
    assertThat(memory.decisions(filter(null, null, "meetings and procedure", 2024), 100).total())
        .isEqualTo(2);
    DecisionRegister all = memory.decisions(DecisionFilter.none(), 100);
    assertThat(all.years())
        .contains(new FilterOption("2023", "2023", 2), new FilterOption("2024", "2024", 2));
    assertThat(all.meetings())
        .extracting(FilterOption::value)
        .contains("coordination-committee/2024-01-30");
  }

  @Test
  void aDecisionsPrecedentsAreEarlierDecisionsOnTheSameTopic() {
    PassageView minutes = memory.decisions(filter(null, null, null, 2024), 100).decisions().get(1);
    DecisionDetail d = memory.decision(minutes.recordId(), minutes.ordinal()).orElseThrow();
    assertThat(d.precedents())
        .extracting(PassageView::text)
        .containsExactly(
            "The Committee proceeded to approve the provisional agenda of the meeting.",
            "The Committee adopted the agenda.");
    assertThat(memory.decision(minutes.recordId(), 1)).isEmpty();
  }

  @Test
  void aDelegationsInterventionsAreItsSpokenPassagesNotItsMentions() {
    DelegationProfile au = memory.delegation("australia", "").orElseThrow();
    assertThat(au.interventionCount()).isEqualTo(3);
    assertThat(au.interventions())
        .extracting(PassageView::recordId)
        .containsExactly(NOV_2025, NOV_2025, JAN_2024);
    assertThat(au.timeline()).containsExactly(new YearCount(2024, 1), new YearCount(2025, 2));
    assertThat(au.topArticles()).containsExactly(new Count("Article 7", 2));
    assertThat(au.meetings())
        .extracting(m -> m.meeting().session())
        .containsExactly("2025-11-26", "2024-01-30");
  }

  @Test
  void aDelegationSearchBoxListsOnlyItsMatchingInterventions() {
    DelegationProfile au = memory.delegation("australia", "transparency").orElseThrow();
    assertThat(au.interventions()).hasSize(1);
    assertThat(au.interventions().getFirst().text()).contains("transparency reports");
    assertThat(au.interventionCount()).isEqualTo(3);
  }

  @Test
  void sectionHeadingsMakeTheNamedDelegationsCoordinatorsWithTheDatesStated() {
    DelegationProfile norway = memory.delegation("norway", "").orElseThrow();
    assertThat(norway.roles())
        .extracting(RoleHeld::role)
        .containsExactly(
            "Coordinator: Universalisation", "Coordinator: Clearance and Risk Education");
    RoleHeld role = norway.roles().get(1);
    assertThat(role.from()).contains(LocalDate.of(2023, 11, 13));
    assertThat(role.to()).contains(LocalDate.of(2024, 1, 30));
    assertThat(role.evidence()).extracting(RoleEvidence::source).containsOnly("section heading");
  }

  @Test
  void attendanceListRolesAndHeadingRolesAreOneRoleWithBothSources() {
    List<RoleHeld> roles = memory.delegation("australia", "").orElseThrow().roles();
    assertThat(roles)
        .extracting(RoleHeld::role)
        .containsExactly("Coordinator: Transparency Measures");
    assertThat(roles.getFirst().evidence())
        .extracting(RoleEvidence::source, RoleEvidence::recordId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("attendance list", NOV_2025),
            org.assertj.core.groups.Tuple.tuple("section heading", NOV_2025));
    assertThat(memory.delegation("mexico", "").orElseThrow().roles())
        .extracting(RoleHeld::role, RoleHeld::from)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "12MSP President", Optional.of(LocalDate.of(2024, 1, 30))));
  }

  @Test
  void aMeetingListsItsAttendanceAndItsMembersMeetings() {
    MeetingProfile m = memory.meeting("coordination-committee", "2024-01-30").orElseThrow();
    assertThat(m.attendance())
        .extracting(Attendee::delegation, Attendee::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Mexico", "present"),
            org.assertj.core.groups.Tuple.tuple("Australia", "present"),
            org.assertj.core.groups.Tuple.tuple("Norway", "present"),
            org.assertj.core.groups.Tuple.tuple("Lebanon", "absent"));
    assertThat(m.attendance().getFirst().persons())
        .containsExactly("Francisca E. Méndez Escobar", "Alonso Martínez");
    PersonProfile burns = memory.person("gordon-burns").orElseThrow();
    assertThat(burns.delegations()).extracting(RoleHeld::role).containsExactly("Australia");
    assertThat(burns.meetings()).extracting(MeetingAttended::listedPresent).containsExactly(true);
    assertThat(burns.roles()).isEmpty();
    assertThat(memory.delegation("lebanon", "").orElseThrow().meetings()).isEmpty();
  }

  @Test
  void delegationsIndexCountsInterventionsAndMeetings() {
    List<DelegationSummary> all = memory.delegations();
    assertThat(all.getFirst().name()).isEqualTo("Australia");
    assertThat(all.getFirst().interventions()).isEqualTo(3);
    assertThat(all.getFirst().meetings()).isEqualTo(2);
    assertThat(all).extracting(DelegationSummary::slug).contains("norway", "mexico", "isu");
    assertThat(memory.delegation("nowhere", "")).isEmpty();
  }

  @Test
  void anArticlePageHasItsTitleMentionsSpeakersAndLatestDecisions() {
    ArticleProfile a4 = memory.article(4).orElseThrow();
    assertThat(a4.title())
        .isEqualTo(
            "Clearance and destruction of cluster munition remnants and risk reduction education");
    assertThat(a4.mentions()).isEqualTo(4);
    assertThat(a4.passages())
        .extracting(PassageView::text)
        .anyMatch(
            t -> t.startsWith("Germany: On 21 December, Germany provided its extension request"));
    assertThat(a4.topDelegations()).startsWith(new Count("Norway", 2));
    assertThat(a4.latestDecisions()).hasSize(1);
    assertThat(a4.timeline()).containsExactly(new YearCount(2023, 2), new YearCount(2024, 2));
    assertThat(memory.article(24)).isEmpty();
    assertThat(memory.articleCounts()).hasSize(23);
  }

  @Test
  void aMeetingPageHasItsAgendaDecisionsAndNeighboursInTheSeries() {
    MeetingProfile m = memory.meeting("coordination-committee", "2024-01-30").orElseThrow();
    assertThat(m.date()).contains(LocalDate.of(2024, 1, 30));
    assertThat(m.agenda())
        .extracting(PassageView::text)
        .startsWith("2. Opening Remarks and Adoption of the Agenda");
    assertThat(m.decisions()).hasSize(2);
    assertThat(m.previous().orElseThrow().meeting().session()).isEqualTo("2023-11-13");
    assertThat(m.next().orElseThrow().meeting().session()).isEqualTo("2025-11-26");
    assertThat(memory.meetings())
        .extracting(s -> s.meeting().label())
        .containsExactly(
            "Coordination Committee › 2025-11-26",
            "Meeting of States Parties › 13MSP",
            "Coordination Committee › 2024-01-30",
            "Coordination Committee › 2023-11-13");
  }

  @Test
  void aPersonGetsOnlyTheRolesTheRecordsStateForThatPerson() {
    PersonProfile president = memory.person("francisca-e-mendez-escobar").orElseThrow();
    assertThat(president.roles())
        .extracting(RoleHeld::role)
        .containsExactly("President of the 12th Meeting of States Parties (12MSP)");
    assertThat(president.roles().getFirst().from()).contains(LocalDate.of(2024, 1, 30));
    assertThat(president.delegations()).extracting(RoleHeld::role).containsExactly("Mexico");
    PersonProfile colleague = memory.person("alonso-martinez").orElseThrow();
    assertThat(colleague.roles()).isEmpty();
    assertThat(colleague.delegations()).extracting(RoleHeld::role).containsExactly("Mexico");
  }

  @Test
  void aSavedSearchFollowsNewlyIndexedRecordsSinceADate() throws Exception {
    SavedSearch s =
        new SavedSearch(
            "reporting",
            "Reporting",
            "reporting",
            Map.of("speaker", List.of("Australia")),
            Instant.EPOCH);
    assertThat(memory.following(s, Optional.empty(), 50))
        .extracting(PassageView::recordId)
        .containsExactly(NOV_2025, JAN_2024); // "reporting" matches "reports" too: word forms
    SavedSearch txtIn2024 =
        new SavedSearch(
            "t", "t", "", Map.of("format", List.of("txt"), "year", List.of("2024")), Instant.EPOCH);
    assertThat(memory.following(txtIn2024, Optional.empty(), 100))
        .extracting(PassageView::recordId)
        .containsOnly(JAN_2024, MemoryArchives.REPORT)
        .hasSize(13); // every passage of the two 2024 records
    SyntheticArchive later = MemoryArchives.threeMeetings();
    MemoryArchives.january2026(later)
        .paragraph(
            "Australia presented its reporting calendar.",
            SyntheticArchive.Labels.spoken("Australia").articles("Article 7"))
        .paragraph("Norway welcomed reporting.", SyntheticArchive.Labels.spoken("Norway"));
    later.write(indexDir);
    index.refresh();
    assertThat(memory.following(s, Optional.of(LocalDate.of(2026, 1, 1)), 50))
        .extracting(PassageView::text)
        .containsExactly("Australia presented its reporting calendar.");
  }
}
