package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.standard();

  @Test
  void aliasesInEnglishFrenchAndSpanishNameOneState() {
    assertThat(gazetteer.lookup("Lao People's Democratic Republic").orElseThrow().name())
        .isEqualTo("Lao PDR");
    assertThat(gazetteer.lookup("Pays-Bas").orElseThrow().name()).isEqualTo("Netherlands");
    assertThat(gazetteer.lookup("Países Bajos").orElseThrow().name()).isEqualTo("Netherlands");
    assertThat(gazetteer.lookup("the Netherlands").orElseThrow().name()).isEqualTo("Netherlands");
  }

  @Test
  void aNameAsTypedIgnoresCaseAccentsAndALeadingThe() {
    assertThat(gazetteer.lookupTyped("tchad").orElseThrow().name()).isEqualTo("Chad");
    assertThat(gazetteer.lookupTyped("PAISES BAJOS").orElseThrow().name()).isEqualTo("Netherlands");
    assertThat(gazetteer.lookupTyped("the netherlands").orElseThrow().name())
        .isEqualTo("Netherlands");
    assertThat(gazetteer.lookupTyped("Atlantis")).isEmpty();
  }

  @Test
  void longestNameWinsAndWordsMustBeWhole() {
    assertThat(gazetteer.find("Papua New Guinea and Nigeria, not Niger's"))
        .extracting(m -> m.entity().name())
        .containsExactly("Papua New Guinea", "Nigeria", "Niger");
    assertThat(gazetteer.find("the US dollar and Chadian francs")).isEmpty();
  }

  @Test
  void organisationsAreKnownByAcronymAndFullName() {
    assertThat(
            gazetteer.find("the International Committee of the Red Cross (ICRC) and the ISU-CCM"))
        .extracting(m -> m.entity().name())
        .containsExactly("ICRC", "ICRC", "ISU");
  }
}
