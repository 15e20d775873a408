package org.ccmarchive.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short passages are told apart among the six UN languages. */
class LanguageIdentifierTest {

  private static final LanguageIdentifier ID = new LanguageIdentifier();

  @Test
  void shortPassagesOfEachUnLanguageAreIdentified() {
    assertThat(ID.identify("The Committee agreed to send a reminder to States Parties.", "x"))
        .isEqualTo("en");
    assertThat(ID.identify("Le Comité a décidé de transmettre ses observations.", "x"))
        .isEqualTo("fr");
    assertThat(ID.identify("El Comité aprobó el orden del día provisional.", "x")).isEqualTo("es");
    assertThat(ID.identify("Конвенция по кассетным боеприпасам вступила в силу.", "x"))
        .isEqualTo("ru");
    assertThat(ID.identify("اجتماع الدول الأطراف في اتفاقية الذخائر العنقودية", "x"))
        .isEqualTo("ar");
    assertThat(ID.identify("集束弹药公约缔约国会议在日内瓦举行。", "x")).isEqualTo("zh");
  }

  @Test
  void tooShortATextKeepsTheFallback() {
    assertThat(ID.identify("3.1", "fr")).isEqualTo("fr");
    assertThat(ID.identify("CCM/MSP/2024/11", "es")).isEqualTo("es");
  }

  @Test
  void declaredLanguagesAreNormalisedToTheirCode() {
    assertThat(LanguageIdentifier.code(" FR-ch ")).isEqualTo("fr");
    assertThat(LanguageIdentifier.code("")).isNull();
  }

  @Test
  void aShortHeadingKeepsItsRecordsLanguageButAQuoteDoesNot() {
    assertThat(ID.identify("6. Destruction des stocks", "fr")).isEqualTo("fr");
    assertThat(ID.identify("The Committee agreed to send a reminder to States Parties.", "fr"))
        .isEqualTo("en");
  }

  @Test
  void aScriptNoneOfTheSixUsesIsOther() {
    assertThat(ID.identify("Η σύμβαση για τα πυρομαχικά διασποράς", "en")).isEqualTo("other");
  }
}
