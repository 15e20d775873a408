package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnricherTest {

  private final Enricher enricher = Enricher.standard();

  @Test
  void ofTwoPresidentsListedThePresidentIsTheOneTheCalendarHasInOffice() {
    var passages =
        Passages.of(
            "Minutes of the Coordination Committee meeting",
            "Tuesday 11 February 2025, Geneva",
            "Present: Mexico (President of 12MSP), Philippines (President of 13MSP), ISU, CMC.",
            "# 1. Opening",
            "The President opened the meeting and welcomed the members of the Committee.");
    var e = enricher.enrich("Minutes.docx", passages, new Sidecar.Overrides(Map.of()));
    assertThat(e.passages().get(4).speakers()).containsExactly("Philippines");
  }

  @Test
  void thePresidentOfASessionNamedOnlyByOrdinalIsItsPresidencyFromTheCalendar() {
    var passages =
        Passages.of(
            "Minutes of the plenary, 11MSP",
            "Present: Chile, Peru.",
            "# 1. Opening",
            "The President opened the meeting and welcomed the delegations present.");
    var e = enricher.enrich("Minutes-11MSP.docx", passages, new Sidecar.Overrides(Map.of()));
    assertThat(e.passages().get(3).speakers()).containsExactly("Iraq");
  }

  @Test
  void everyBodyParagraphOfAWorkingPaperSpeaksForItsSubmittersButNotItsHeadings() {
    var passages =
        Passages.of(
            "CCM/MSP/2020/WP.5",
            "Marking hazardous areas",
            "Submitted by Chile, Ghana and Norway",
            "Purpose",
            "1. Fencing and signs cost little and save lives while clearance waits.",
            "# 2. The co-sponsors therefore invite the Meeting to consider the following:",
            "- (a) a shared template for marking reports;");
    var e = enricher.enrich("wp.pdf", passages, new Sidecar.Overrides(Map.of()));
    assertThat(e.record().type()).contains("working paper");
    for (int silent : new int[] {0, 1, 2, 3}) {
      assertThat(e.passages().get(silent).speakers()).as("line %d", silent).isEmpty();
    }
    for (int spoken : new int[] {4, 5, 6}) {
      assertThat(e.passages().get(spoken).speakers())
          .as("line %d", spoken)
          .containsExactly("Chile", "Ghana", "Norway");
    }
  }

  @Test
  void aLettersBodyAndAnnexSpeakForItsSignatoryAndItsFrameForNobody() {
    var passages =
        Passages.of(
            "Permanent Mission of Zambia",
            "Geneva, 8 February 2013",
            "Dear colleagues,",
            "I am pleased to share the draft programme of the Fourth Meeting.",
            "Please accept the assurances of my highest consideration.",
            "Mwila Banda",
            "Ambassador, Permanent Representative of Zambia",
            "Annex: practical information",
            "- Delegations are asked to register by 1 August.");
    var e = enricher.enrich("Letter-4MSP.docx", passages, new Sidecar.Overrides(Map.of()));
    assertThat(e.record().type()).contains("letter");
    for (int silent : new int[] {0, 1, 2, 4, 5, 6, 7}) {
      assertThat(e.passages().get(silent).speakers()).as("line %d", silent).isEmpty();
    }
    assertThat(e.passages().get(3).speakers()).containsExactly("Zambia");
    assertThat(e.passages().get(8).speakers()).containsExactly("Zambia");
  }

  @Test
  void nobodySpeaksInAnAgenda() {
    var passages =
        Passages.of(
            "Provisional agenda",
            "1. Opening of the Meeting",
            "Chile reported on its clearance programme under Article 4.");
    var e = enricher.enrich("Agenda.docx", passages, new Sidecar.Overrides(Map.of()));
    assertThat(e.record().type()).contains("agenda");
    assertThat(e.passages()).allSatisfy(p -> assertThat(p.speakers()).isEmpty());
    assertThat(e.passages().get(2).countries()).contains("Chile");
  }
}
