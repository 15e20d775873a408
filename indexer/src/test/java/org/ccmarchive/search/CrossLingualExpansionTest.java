package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccmarchive.language.Glossary;
import org.junit.jupiter.api.Test;

class CrossLingualExpansionTest {

  private final CrossLingualExpansion xl = new CrossLingualExpansion(Glossary.bundled());

  @Test
  void bareGlossaryTermsGainTheirTranslations() {
    String q = xl.expand("victim assistance Chile");
    assertThat(q)
        .startsWith("((victim assistance) OR ")
        .contains("\"assistance aux victimes\"", "\"asistencia a las víctimas\"")
        .endsWith(") Chile");
  }

  @Test
  void termsInAnyLanguageAndNumberAreRecognised() {
    assertThat(xl.expand("Asistencia a las victimas")).contains("\"victim assistance\"");
    assertThat(xl.expand("Cluster Munition")).contains("\"armes à sous-munitions\"");
  }

  @Test
  void quotedTermsAreWidenedButFieldsAndOperatorsAreLeftAlone() {
    assertThat(xl.expand("\"extension request\"")).contains("\"demande de prolongation\"");
    assertThat(xl.expand("title:clearance")).isEqualTo("title:clearance");
    assertThat(xl.expand("-clearance")).isEqualTo("-clearance");
    assertThat(xl.expand("stigmatization")).isEqualTo("stigmatization");
  }

  @Test
  void theLongestTermWins() {
    assertThat(xl.expand("Convention on Cluster Munitions"))
        .contains("\"Convention sur les armes à sous-munitions\"")
        .doesNotContain("\"armes à sous-munitions\"");
  }
}
