package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchorsTest {

  @Test
  void literalRunsAreAnchorsAndAnOptionalLetterEndsTheRun() {
    assertThat(Anchors.of("\\bStates? not (?:yet )?part(?:y|ies)\\b").clauses())
        .contains(Set.of("state"), Set.of(" not "), Set.of("part"))
        .doesNotContain(Set.of("states"), Set.of("yet "));
  }

  @Test
  void aRequiredGroupOfWordsIsOneClauseOfItsAlternatives() {
    assertThat(Anchors.of("\\bthe (?:Committee|Meeting)\\s+(?:approved|adopted)\\b").clauses())
        .containsExactlyInAnyOrder(
            Set.of("the "), Set.of("committee", "meeting"), Set.of("approved", "adopted"));
  }

  @Test
  void anAlternativeWithoutWordsLeavesTheRuleWithoutAnchors() {
    assertThat(Anchors.of("\\bbudget\\b|\\d+ CHF|[A-Z]{3}").clauses()).isEmpty();
    assertThat(Anchors.of("(?:minutes)?\\s*agenda").clauses()).containsExactly(Set.of("agenda"));
    assertThat(Anchors.of("(?:minutes){0,2}").clauses()).isEmpty();
  }

  @Test
  void escapesClassesAndLookaroundsAreNotWords() {
    assertThat(Anchors.of("\\p{L}+ly\\s+noted").clauses())
        .containsExactlyInAnyOrder(Set.of("ly"), Set.of("noted"));
    assertThat(Anchors.of("[Ii]t was\\. (?=by\\b)(?<!not )done").clauses())
        .containsExactlyInAnyOrder(Set.of("t was. "), Set.of("done"));
    // "c" alone is one letter, dropped beside "cd"; the escaped A and B are not read as letters.
    assertThat(Anchors.of("\\x{41}\\u0042C{2}D").clauses()).containsExactly(Set.of("cd"));
  }

  @Test
  void aRepeatedLetterStartsTheNextRun() {
    assertThat(Anchors.of("ab+cd").clauses())
        .containsExactlyInAnyOrder(Set.of("ab"), Set.of("bcd"));
  }

  @Test
  void oneLetterClausesAreDroppedWhenOthersRemain() {
    assertThat(Anchors.of("(?:a|ont) adopté").clauses()).containsExactly(Set.of(" adopté"));
    assertThat(Anchors.of("(?:a|b)").clauses()).containsExactly(Set.of("a", "b"));
  }

  @Test
  void inlineFlagsLeaveTheRuleWithoutAnchors() {
    assertThat(Anchors.of("(?x) budget # comment").clauses()).isEmpty();
    assertThat(Anchors.of("budget)").clauses()).isEmpty();
  }

  @Test
  void foldingIsTheRegexCaseFoldingCharacterByCharacter() {
    // The long s and the Kelvin sign match "s" and "k" case-insensitively with Unicode case.
    String text = "ſTATE \u212Aey RÉUNION";
    assertThat(Anchors.fold(text)).isEqualTo("state key réunion");
    assertThat(
            Pattern.compile("state key réunion", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .matches())
        .isTrue();
  }

  @Test
  void aRuleIsAllowedOnlyWhenEveryClauseHasAWordPresent() {
    Anchors anchors = new Anchors(List.of(Set.of("committee", "meeting"), Set.of("approved")));
    assertThat(anchors.allows(Set.of("meeting", "approved"))).isTrue();
    assertThat(anchors.allows(Set.of("meeting"))).isFalse();
    assertThat(Anchors.NONE.allows(Set.of())).isTrue();
  }

  @Test
  void theFilterSkipsOnlyRulesWhoseAnchorsTheTextLacks() {
    RuleFilter filter =
        new RuleFilter(List.of("\\bCommittee\\s+approved\\b", "\\bbudget\\b", "\\d+"));
    assertThat(filter.mayMatch("The COMMITTEE approved the Budget.").stream().boxed())
        .containsExactly(0, 1, 2);
    assertThat(filter.mayMatch("The Committee noted the plan.").stream().boxed())
        .containsExactly(2);
  }
}
