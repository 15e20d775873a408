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
}
