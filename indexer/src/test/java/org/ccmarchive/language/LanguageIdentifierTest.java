package org.ccmarchive.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

  @Test
  void passagesPlainlyInTheirRecordsLanguageGetWhatLinguaWouldSay() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path f : testTexts()) {
      lines.addAll(Files.readAllLines(f));
    }
    int shortcut = 0;
    for (String line : lines) {
      for (String record : List.of("en", "fr", "es", "ru", "ar", "zh")) {
        assertThat(ID.identify(line, record))
            .as("%s (record %s)", line, record)
            .isEqualTo(ID.identifyByModel(line, record));
        shortcut += FunctionWords.plainly(line, record, 400, 3) ? 1 : 0;
      }
    }
    assertThat(shortcut).as("passages that skip Lingua").isGreaterThan(100);
  }

  @Test
  void recordsNamedByScriptOrFunctionWordsGetWhatLinguaWouldSay() throws IOException {
    int script = 0;
    int words = 0;
    int files = 0;
    for (Path f : testTexts()) {
      String text = Files.readString(f);
      files++;
      // Each file as a record, and each of its paragraphs (a record of one passage).
      List<String> records = new ArrayList<>(List.of(text));
      records.addAll(List.of(text.split("\n\s*\n")));
      for (String record : records) {
        assertThat(ID.ofRecord(record))
            .as("%s: %s", f, record)
            .isEqualTo(ID.ofRecordByModel(record));
        String sample = LanguageIdentifier.sample(record, LanguageIdentifier.RECORD_SAMPLE_CHARS);
        script += LanguageIdentifier.ownScript(sample) != null ? 1 : 0;
        for (String language : List.of("en", "fr", "es")) {
          words += FunctionWords.plainly(sample, language, sample.length(), 12) ? 1 : 0;
        }
      }
    }
    assertThat(files).isGreaterThan(40);
    assertThat(script).as("records named by their script").isGreaterThan(5);
    assertThat(words).as("records named by their function words").isGreaterThan(40);
  }

  @Test
  void aTextWrittenInOneScriptOfTheSixIsNamedByIt() {
    assertThat(LanguageIdentifier.ownScript("Конвенция, 2024 г.")).isEqualTo("ru");
    assertThat(LanguageIdentifier.ownScript("اتفاقية 2008")).isEqualTo("ar");
    assertThat(LanguageIdentifier.ownScript("集束弹药公约。")).isEqualTo("zh");
    assertThat(LanguageIdentifier.ownScript("Конвенция о кассетных боеприпасах (CCM)"))
        .isEqualTo("ru");
    assertThat(LanguageIdentifier.ownScript("Конвенция CCM/MSP/2024/5")).isNull();
    assertThat(LanguageIdentifier.ownScript("Конвенция Η σύμβαση")).isNull();
    assertThat(LanguageIdentifier.ownScript("The Convention")).isNull();
    assertThat(LanguageIdentifier.ownScript("2024")).isNull();
  }

  private static List<Path> testTexts() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void aPassageInAnotherScriptOrWithFewFunctionWordsIsNotPlainlyTheRecordsLanguage() {
    assertThat(FunctionWords.plainly("The report of the Committee and its annex", "en", 400, 3))
        .isTrue();
    assertThat(FunctionWords.plainly("Le rapport du Comité et de la Présidence des", "en", 400, 3))
        .isFalse();
    assertThat(FunctionWords.plainly("The report of the Комитет and its annex", "en", 400, 3))
        .isFalse();
    assertThat(FunctionWords.plainly("El informe del Comité y de los Estados", "fr", 400, 3))
        .isFalse();
  }
}
