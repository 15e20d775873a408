package org.ccmarchive.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

  @Test
  void aRoleInAppositionAfterTheNameIsThatPersonsRole() {
    assertThat(
            StatedRoles.of(
                "Tamar Gabelnick", "Ms Gabelnick, Director of the CMC, informed the CC."))
        .containsExactly("Director of the CMC");
  }

  @Test
  void aRoleBeforeTheNameIsThatPersonsRole() {
    assertThat(
            StatedRoles.of(
                "Pamela Moraga",
                "The Ambassador then gave the floor to the Director of the ISU, Ms Pamela Moraga, asking"))
        .containsExactly("Director of the ISU");
  }

  @Test
  void theOfficeOfSomeoneElseInTheSameSentenceIsNotCredited() {
    String text =
        "Ambassador Méndez, President of the 12MSP, thanked Mr. Alonso Martínez for the work.";
    assertThat(StatedRoles.of("Alonso Martínez", text)).isEmpty();
    assertThat(StatedRoles.of("Francisca E. Méndez", text))
        .containsExactly("President of the 12MSP");
  }

  @Test
  void attendanceRolesReadLikeHeadingRolesUnlessTheyAreOffices() {
    assertThat(HeadingRoles.attendanceRole("Transparency  Measures"))
        .isEqualTo("Coordinator: Transparency Measures");
    assertThat(HeadingRoles.attendanceRole("12MSP President")).isEqualTo("12MSP President");
    assertThat(HeadingRoles.attendanceRole("Observer")).isEqualTo("Observer");
  }

  @Test
  void headingsNameTheirCoordinatorsAmongKnownDelegations() {
    Set<String> known = Set.of("Malawi", "Peru", "Netherlands");
    assertThat(HeadingRoles.of("5.1 Universalization (Malawi and Peru)", known::contains))
        .extracting(HeadingRoles.Stated::holder)
        .containsExactly("Malawi", "Peru");
    assertThat(
            HeadingRoles.of("5.2 Stockpile Destruction (the Netherlands, Zambia)", known::contains))
        .containsExactly(
            new HeadingRoles.Stated("Netherlands", "Coordinator: Stockpile Destruction"));
    assertThat(HeadingRoles.of("6.1 Meetings with States (APMBC 21MSP)", known::contains))
        .isEmpty();
  }
}
