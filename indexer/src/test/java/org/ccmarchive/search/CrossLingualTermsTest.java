package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.language.Glossary;
import org.junit.jupiter.api.Test;

class CrossLingualTermsTest {

  private static final Glossary TERMS = CrossLingualTerms.standard();

  @Test
  void aStateIsOneConceptWithItsNamesInEveryLanguage() {
    Glossary.Concept chad = TERMS.lookup(List.of("Tchad")).orElseThrow();
    assertThat(chad.terms()).contains("Chad", "Tchad");
    assertThat(TERMS.lookup(List.of("Pays", "Bas")).orElseThrow().terms())
        .contains("Netherlands", "Países Bajos");
  }

  @Test
  void namesAreMatchedCaseAndAccentBlindLikeGlossaryTerms() {
    assertThat(TERMS.lookup(List.of("mexique"))).isPresent();
    assertThat(TERMS.lookup(List.of("MEXICO")).orElseThrow().terms()).contains("Mexique");
  }

  @Test
  void oneAndTwoLetterAliasesAreNotTerms() {
    // "us" and "eu" are words: they must not widen to the United States or the EU.
    assertThat(TERMS.lookup(List.of("us"))).isEmpty();
    assertThat(TERMS.lookup(List.of("uk"))).isEmpty();
  }

  @Test
  void glossaryConceptsWinOverNames() {
    Glossary.Concept victimAssistance = TERMS.lookup(List.of("victim", "assistance")).orElseThrow();
    assertThat(victimAssistance.terms()).contains("assistance aux victimes");
  }

  @Test
  void everyEntityWithAnotherNameBecomesAConcept() {
    var gazetteer = Gazetteer.standard();
    long withAliases =
        gazetteer.namesByEntity().values().stream()
            .filter(names -> names.stream().filter(n -> n.length() >= 3).count() > 1)
            .count();
    assertThat(CrossLingualTerms.names(gazetteer)).hasSize((int) withAliases);
    assertThat(gazetteer.namesByEntity().keySet())
        .extracting(Gazetteer.Entity::name)
        .startsWith("Andorra");
  }
}
