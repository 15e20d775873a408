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
    assertThat(decisions.isDecision("The Committee took note of the report.")).isTrue();
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
}
