package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingFinderTest {

  private static final Optional<LocalDate> JUNE_17 = Optional.of(LocalDate.of(2025, 6, 17));
  private final MeetingFinder finder = new MeetingFinder();

  @Test
  void committeeMinutesAreFiledUnderTheCommitteeWhicheverWayTheTitleIsWorded() {
    for (String title :
        new String[] {
          "Minutes of the meeting of the Coordination Committee",
          "Minutes of the Coordination Committee meeting, 17 June 2025",
          "Coordination Committee – Minutes",
          "Procès-verbal de la réunion du Comité de coordination",
          "Acta de la reunión del Comité de Coordinación"
        }) {
      String opening = "Convention on Cluster Munitions\n" + title + "\nGeneva";
      assertThat(finder.find("record.docx", opening, JUNE_17))
          .as(title)
          .contains("Coordination Committee › 2025-06-17");
    }
  }

  @Test
  void aMeetingOfStatesPartiesNamedInTheMinutesDoesNotTakeTheirPlace() {
    String opening =
        "Minutes of the Coordination Committee meeting, 17 June 2025\n"
            + "Switzerland – Presidency of the Fourteenth Meeting of States Parties";
    assertThat(finder.find("CC-Minutes-17-June-2025.docx", opening, JUNE_17))
        .contains("Coordination Committee › 2025-06-17");
  }

  @Test
  void namingTheCommitteeWithoutMinutesIsNotEnough() {
    String opening =
        "Concept note\nPrepared by the Coordination Committee\n"
            + "Fourteenth Meeting of States Parties";
    assertThat(finder.find("note.docx", opening, JUNE_17))
        .contains("Meeting of States Parties › 14MSP");
  }

  @Test
  void intersessionalMeetingsAnnouncedInTheBodyDoNotTakeARecordFromTheSessionItsTitleNames() {
    String title = "CCM/MSP/2015/8\nFifth Meeting of States Parties\nFinal report\n";
    String opening =
        title
            + "The Meeting asked that the draft be discussed at the Intersessional Meetings of 2016.";
    assertThat(finder.find("final-report.pdf", title, opening, Optional.empty(), false))
        .contains("Meeting of States Parties › 5MSP");
  }

  @Test
  void theYearOfIntersessionalMeetingsMayStandOnTheDateLineUnderIt() {
    String title =
        "Convention on Cluster Munitions\nIntersessional Meetings\nGeneva, 6–7 June 2022\n";
    assertThat(finder.find("participants.docx", title, title, Optional.empty(), false))
        .contains("Intersessional Meeting › 2022");
  }
}
