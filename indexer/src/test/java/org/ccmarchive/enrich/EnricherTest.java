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
}
