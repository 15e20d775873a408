package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionDetectorTest {

  private final DecisionDetector decisions = DecisionDetector.english();

  @Test
  void committeeApprovalAndAdoptionAreDecisions() {
    assertThat(decisions.isDecision("The Committee reviewed and approved the minutes.")).isTrue();
    assertThat(decisions.isDecision("The Committee proceeded to approve the provisional agenda."))
        .isTrue();
    assertThat(decisions.isDecision("As no requests were made, the agenda was adopted.")).isTrue();
    assertThat(decisions.isDecision("Following consultations, it was decided that New York"))
        .isTrue();
  }

  @Test
  void takingNoteIsNotADecisionButARequestAlongsideIs() {
    assertThat(decisions.isDecision("The Committee took note of the report.")).isFalse();
    assertThat(
            decisions.isDecision(
                "The Committee took note of the outline and requested the ISU to expand it."))
        .isTrue();
  }

  @Test
  void anotherBodysVoteIsNotADecisionOfTheConvention() {
    assertThat(
            decisions.isDecision(
                "She reported that Resolution A/80/12 on the Convention was adopted by the"
                    + " United Nations General Assembly on 2 December."))
        .isFalse();
    assertThat(
            decisions.isDecision(
                "The ISU shared the results of the CCM resolution as adopted by the First"
                    + " Committee:"))
        .isFalse();
    assertThat(decisions.isDecision("The First Committee adopted the draft resolution.")).isFalse();
    assertThat(
            decisions.isDecision(
                "The resolution was adopted with 130 votes in favour and 2 against."))
        .isFalse();
    assertThat(decisions.isDecision("The Meeting adopted the report as adopted by the Committee."))
        .isTrue();
  }

  @Test
  void subjunctiveConditionsAndExpectationsAreNot() {
    assertThat(decisions.isDecision("Should the Committee approve the note, work starts."))
        .isFalse();
    assertThat(decisions.isDecision("The Meeting is expected to adopt the report on Friday."))
        .isFalse();
    assertThat(decisions.isDecision("The Coordinators on cooperation adopted their work plan."))
        .isTrue();
  }

  @Test
  void proposalsNegationsAndAgreementBetweenDelegationsAreNot() {
    assertThat(
            decisions.isDecision(
                "Mexico planned to propose a declaration to be adopted by the 12MSP."))
        .isFalse();
    assertThat(decisions.isDecision("No decisions had been taken regarding their format."))
        .isFalse();
    assertThat(
            decisions.isDecision("Belgium expressed agreement with the intervention of the CMC."))
        .isFalse();
    assertThat(decisions.isDecision("Ambassador Vongxay took note of the observations.")).isFalse();
  }

  @Test
  void frenchCommitteeApprovalAndAgreementAreDecisions() {
    DecisionDetector fr = new DecisionDetector(java.util.List.of("fr"));
    assertThat(fr.isDecision("Le Comité a approuvé l'ordre du jour provisoire.")).isTrue();
    assertThat(fr.isDecision("Le Comité de coordination est convenu de reporter ce point."))
        .isTrue();
    assertThat(fr.isDecision("Il a été décidé que la Présidence écrirait aux États.")).isTrue();
    assertThat(fr.isDecision("L'ordre du jour a été adopté sans modification.")).isTrue();
  }

  @Test
  void frenchProposalsFutureAndNegationAreNotDecisions() {
    DecisionDetector fr = new DecisionDetector(java.util.List.of("fr"));
    assertThat(fr.isDecision("Le projet de plan sera adopté par l'Assemblée des États parties."))
        .isFalse();
    assertThat(fr.isDecision("Le rapport n'a pas été adopté.")).isFalse();
    assertThat(fr.isDecision("La France a proposé d'examiner la question.")).isFalse();
  }

  @Test
  void spanishCommitteeApprovalAndAgreementAreDecisions() {
    DecisionDetector es = new DecisionDetector(java.util.List.of("es"));
    assertThat(es.isDecision("El Comité aprobó el acta de la reunión anterior.")).isTrue();
    assertThat(es.isDecision("Tras un debate, el Comité acordó transmitir el texto.")).isTrue();
    assertThat(es.isDecision("Se decidió aplazar el examen del tema.")).isTrue();
    assertThat(es.isDecision("El orden del día fue aprobado sin cambios.")).isTrue();
  }

  @Test
  void spanishFutureAndNegationAreNotDecisions() {
    DecisionDetector es = new DecisionDetector(java.util.List.of("es"));
    assertThat(es.isDecision("El informe será aprobado por la Reunión de los Estados Partes."))
        .isFalse();
    assertThat(es.isDecision("El informe no fue aprobado.")).isFalse();
    assertThat(es.isDecision("Colombia propuso incluir un párrafo.")).isFalse();
  }

  @Test
  void anAdoptionInARelativeClauseOrByTheAssemblyAloneIsADecision() {
    assertThat(decisions.isDecision("She tabled the draft programme, which was adopted as read."))
        .isTrue();
    DecisionDetector fr = new DecisionDetector(java.util.List.of("fr"));
    assertThat(fr.isDecision("L'Assemblée a élu par acclamation deux vice-présidents.")).isTrue();
    DecisionDetector es = new DecisionDetector(java.util.List.of("es"));
    assertThat(
            es.isDecision(
                "Se examinaron dos solicitudes de prórroga, que fueron concedidas sin debate."))
        .isTrue();
    assertThat(es.isDecision("La Reunión concluyó con la aprobación de su documento final."))
        .isTrue();
    DecisionDetector ru = new DecisionDetector(java.util.List.of("ru"));
    assertThat(ru.isDecision("Совещание приняло свой заключительный доклад.")).isTrue();
  }
}
