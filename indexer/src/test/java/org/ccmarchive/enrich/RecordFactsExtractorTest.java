package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordFactsExtractorTest {

  private final RecordFactsExtractor extractor =
      new RecordFactsExtractor(Gazetteer.standard(), new FunctionWordLanguage());

  @Test
  void minutesBelongToTheCoordinationCommitteeMeetingOfTheirDate() {
    RecordFacts f =
        extractor.extract(
            "CC-Minutes.pdf",
            Passages.of(
                "3RC",
                "VIENTIANE, LAO PDR | 2026",
                "MINUTES OF THE MEETING OF THE COORDINATION COMMITTEE OF THE CONVENTION",
                "GICHD, Maison de la Paix",
                "Wednesday 26th November 2025"));
    assertThat(f.type()).contains("minutes");
    assertThat(f.date()).contains(LocalDate.of(2025, 11, 26));
    assertThat(f.meeting()).contains("Coordination Committee › 2025-11-26");
    assertThat(f.place()).as("the venue wins over the banner city").contains("Geneva");
  }

  @Test
  void aReportBelongsToItsMeetingOfStatesPartiesAndTakesTheMeetingDate() {
    RecordFacts f =
        extractor.extract(
            "report.pdf",
            Passages.of(
                "Convention on Cluster Munitions",
                "9 September 2025",
                "Thirteenth Meeting of States Parties Geneva, 16-19 September 2025",
                "Convention on Cluster Munitions Implementation Support Unit – 2024 Annual Report",
                "¹ CCM/MSP/2023/2"));
    assertThat(f.type()).contains("report");
    assertThat(f.meeting()).contains("Meeting of States Parties › 13MSP");
    assertThat(f.date()).contains(LocalDate.of(2025, 9, 16));
    assertThat(f.symbol()).as("a footnote is a citation, not the record's symbol").isEmpty();
    assertThat(f.citedSymbols()).containsExactly("CCM/MSP/2023/2");
    assertThat(f.authors()).containsExactly("ISU");
  }

  @Test
  void aSymbolAloneOnAnOpeningLineIsTheRecordsOwn() {
    RecordFacts f =
        extractor.extract(
            "wp.pdf",
            Passages.of(
                "CCM/MSP/2025/WP.4",
                "Working paper submitted by the Coordinators",
                "Recalling CCM/MSP/2024/11."));
    assertThat(f.symbol()).contains("CCM/MSP/2025/WP.4");
    assertThat(f.citedSymbols()).containsExactly("CCM/MSP/2024/11");
    assertThat(f.type()).contains("working paper");
  }

  @Test
  void conceptNoteOfAPresidencyIsAuthoredByThePresidingState() {
    RecordFacts f =
        extractor.extract(
            "note.pdf",
            Passages.of(
                "Concept Note from the 13 MSP Presidency",
                "Convention on Cluster Munitions Intersessional Meeting 2025",
                "7 and 8 April 2025, PdN, Room XXI"));
    assertThat(f.type()).contains("concept note");
    assertThat(f.meeting()).contains("Intersessional Meeting › 2025");
    assertThat(f.date()).contains(LocalDate.of(2025, 4, 7));
    assertThat(f.place()).contains("Geneva");
    assertThat(f.authors()).containsExactly("Philippines");
  }

  @Test
  void reviewConferenceSessionsAreNormalised() {
    RecordFacts f =
        extractor.extract("x.pdf", Passages.of("Third Review Conference", "Vientiane, 2026"));
    assertThat(f.meeting()).contains("Review Conference › 3RC");
    assertThat(f.date()).as("a year alone is not a date").isEmpty();
  }
}
