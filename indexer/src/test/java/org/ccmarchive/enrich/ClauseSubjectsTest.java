package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmarchive.enrich.Passages.enrich;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Subjects of the clauses of one sentence, and offices resolved through the meeting's roles. */
class ClauseSubjectsTest {

  /** Minutes of one Coordination Committee meeting: its title line, then {@code lines}. */
  private static List<PassageFacts> minutes(String... lines) {
    String[] all = new String[lines.length + 1];
    all[0] = "Minutes of the Coordination Committee meeting, 5 June 2023";
    System.arraycopy(lines, 0, all, 1, lines.length);
    return enrich("CC-Minutes-5-June-2023.docx", all);
  }

  @Test
  void anOrganisationsDirectorNamedAfterItsAcronymSpeaksForIt() {
    var f = minutes("# 3. Budget", "The ISU Director outlined the revised staffing table.");
    assertThat(f.get(2).speakers()).containsExactly("ISU");
  }

  @Test
  void anOfficeNamedInTheAttendanceListResolvesToItsDelegation() {
    var f =
        minutes(
            "Present:",
            "- Ghana (14MSP President-designate)",
            "- Peru (13MSP President)",
            "- Chad and Fiji (Victim assistance)",
            "# 7. Other business",
            "The President-designate proposed dates for the retreat in the spring.");
    assertThat(f.get(6).speakers()).containsExactly("Ghana");
  }

  @Test
  void aSpeakerNamedAfterTheVerbAtTheEndOfASentenceSpeaks() {
    var f =
        enrich(
            "Communique-Reunion-2023.docx",
            "Communiqué de presse",
            "Le rapport annuel avait été publié une semaine plus tôt, a précisé la Norvège.");
    assertThat(f.get(1).speakers()).containsExactly("Norway");
  }

  @Test
  void aSpeakerAfterASemicolonAndAnotherAfterCommaAndBothSpeak() {
    var f =
        minutes(
            "# 4. Clearance",
            "Chad stated that survey would finish in March; Fiji, for its part, requested that"
                + " the guide be shortened, and the representative of the ICRC, speaking as an"
                + " observer, proposed a joint webinar.");
    assertThat(f.get(2).speakers()).containsExactly("Chad", "Fiji", "ICRC");
  }

  @Test
  void aClauseOpenedByWhileHasItsOwnSubject() {
    var f =
        enrich(
            "Press-Release-14MSP.docx",
            "Press release",
            "Ghana reported that stocks had been destroyed, while the Peruvian statement stressed"
                + " that survivors needed jobs.");
    assertThat(f.get(1).speakers()).containsExactly("Ghana", "Peru");
  }

  @Test
  void aPassiveWithAnOrganisationsRepresentativeAsAgentNamesIt() {
    var f =
        enrich(
            "Press-Release-14MSP.docx",
            "Press release",
            "The launch of the survivors' network was recalled by the UNDP representative.");
    assertThat(f.get(1).speakers()).containsExactly("UNDP");
  }

  @Test
  void aDelegationServingTheFriendsOfThePresidencyDoesNotPreside() {
    var d = new Attendance.Delegation("Ireland", "Friends of the Presidency", List.of());
    assertThat(d.presides()).isFalse();
    assertThat(new Attendance.Delegation("Zambia", "4MSP President", List.of()).presides())
        .isTrue();
  }

  @Test
  void aListLineWhoseStateHasItsArticleStillNamesWhoSpoke() {
    var f =
        enrich(
            "Resume-Reunions-intersessions-2023.docx",
            "Réunions intersessions – résumé",
            "## Séance 2 : Dépollution (article 4)",
            "Le Togo – déclaration et diapositives sur son enquête non technique");
    assertThat(f.get(2).speakers()).containsExactly("Togo");
  }

  @Test
  void coordinatorsWhoWereInformedInAClauseAfterAndDidNotSpeak() {
    var f =
        minutes(
            "Present:",
            "- Ghana (14MSP President)",
            "- Chad and Fiji (Clearance)",
            "- ISU",
            "# 4. Extension requests",
            "The ISU confirmed that it had written to the State twice, and the co-coordinators for"
                + " clearance were informed accordingly.");
    assertThat(f.get(6).speakers()).containsExactly("ISU");
  }

  @Test
  void anOfficeTwoDelegationsHoldNamesBoth() {
    var f =
        minutes(
            "Attendance",
            "- Ghana – 14MSP President",
            "- Chad and Fiji – Coordinators on victim assistance",
            "# 5. Victim assistance",
            "The Coordinators on victim assistance introduced a note on focal points.");
    assertThat(f.get(5).speakers()).containsExactly("Chad", "Fiji");
  }

  @Test
  void theSecretariatSpeaksInMinutesWhoseAttendanceListDoesNotNameIt() {
    var f =
        minutes(
            "Attendance",
            "- Ghana – 14MSP President",
            "- Chad and Fiji – Clearance",
            "# 2. Clearance",
            "Chad asked for a session on survey; the ISU Director proposed a trainer, while Peru"
                + " reported on its own survey.");
    assertThat(f.get(5).speakers()).containsExactly("Chad", "ISU");
  }
}
