package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ccmarchive.language.LanguageIdentifier;
import org.junit.jupiter.api.Test;

class RecordFactsExtractorTest {

  private final RecordFactsExtractor extractor =
      new RecordFactsExtractor(Gazetteer.standard(), new LanguageIdentifier()::ofRecord);

  @Test
  void minutesBelongToTheCoordinationCommitteeMeetingOfTheirDate() {
    RecordFacts f =
        extractor.extract(
            "CC-Minutes.pdf",
            Passages.of(
                "3RC",
                "VIENTIANE, LAO PDR | 2026",
                "MINUTES OF THE MEETING OF THE COORDINATION COMMITTEE OF THE CONVENTION",
                "GICHD, Maison de la Paix",
                "Wednesday 26th November 2025"));
    assertThat(f.type()).contains("minutes");
    assertThat(f.date()).contains(LocalDate.of(2025, 11, 26));
    assertThat(f.meeting()).contains("Coordination Committee › 2025-11-26");
    assertThat(f.place()).as("the venue wins over the banner city").contains("Geneva");
  }

  @Test
  void aReportBelongsToItsMeetingOfStatesPartiesAndTakesTheMeetingDate() {
    RecordFacts f =
        extractor.extract(
            "report.pdf",
            Passages.of(
                "Convention on Cluster Munitions",
                "9 September 2025",
                "Thirteenth Meeting of States Parties Geneva, 16-19 September 2025",
                "Convention on Cluster Munitions Implementation Support Unit – 2024 Annual Report",
                "¹ CCM/MSP/2023/2"));
    assertThat(f.type()).contains("report");
    assertThat(f.meeting()).contains("Meeting of States Parties › 13MSP");
    assertThat(f.date()).contains(LocalDate.of(2025, 9, 16));
    assertThat(f.symbol()).as("a footnote is a citation, not the record's symbol").isEmpty();
    assertThat(f.citedSymbols()).containsExactly("CCM/MSP/2023/2");
    assertThat(f.authors()).containsExactly("ISU");
  }

  @Test
  void aSymbolAloneOnAnOpeningLineIsTheRecordsOwn() {
    RecordFacts f =
        extractor.extract(
            "wp.pdf",
            Passages.of(
                "CCM/MSP/2025/WP.4",
                "Working paper submitted by the Coordinators",
                "Recalling CCM/MSP/2024/11."));
    assertThat(f.symbol()).contains("CCM/MSP/2025/WP.4");
    assertThat(f.citedSymbols()).containsExactly("CCM/MSP/2024/11");
    assertThat(f.type()).contains("working paper");
  }

  @Test
  void conceptNoteOfAPresidencyIsAuthoredByThePresidingState() {
    RecordFacts f =
        extractor.extract(
            "note.pdf",
            Passages.of(
                "Concept Note from the 13 MSP Presidency",
                "Convention on Cluster Munitions Intersessional Meeting 2025",
                "7 and 8 April 2025, PdN, Room XXI"));
    assertThat(f.type()).contains("concept note");
    assertThat(f.meeting()).contains("Intersessional Meeting › 2025");
    assertThat(f.date()).contains(LocalDate.of(2025, 4, 7));
    assertThat(f.place()).contains("Geneva");
    assertThat(f.authors()).containsExactly("Philippines");
  }

  @Test
  void reviewConferenceSessionsAreNormalised() {
    RecordFacts f =
        extractor.extract("x.pdf", Passages.of("Third Review Conference", "Vientiane, 2026"));
    assertThat(f.meeting()).contains("Review Conference › 3RC");
    assertThat(f.date()).as("a year alone is not a date").isEmpty();
  }

  @Test
  void frenchMinutesBelongToTheCoordinationCommitteeMeetingOfTheirDate() {
    RecordFacts f =
        extractor.extract(
            "PV-CC.docx",
            Passages.of(
                "Convention sur les armes à sous-munitions",
                "Procès-verbal de la réunion du Comité de coordination",
                "tenue le mardi 14 octobre 2025 au Palais des Nations",
                "Présence de la Présidence de la troisième Conférence d'examen"));
    assertThat(f.type()).contains("minutes");
    assertThat(f.date()).contains(LocalDate.of(2025, 10, 14));
    assertThat(f.meeting()).contains("Coordination Committee › 2025-10-14");
    assertThat(f.place()).contains("Geneva");
  }

  @Test
  void spanishMinutesBelongToTheCoordinationCommitteeMeetingOfTheirDate() {
    RecordFacts f =
        extractor.extract(
            "acta.docx",
            Passages.of(
                "Comité de Coordinación — Acta de la reunión celebrada en Ginebra el 3 de febrero"
                    + " de 2026"));
    assertThat(f.type()).contains("minutes");
    assertThat(f.meeting()).contains("Coordination Committee › 2026-02-03");
    assertThat(f.date()).contains(LocalDate.of(2026, 2, 3));
  }

  @Test
  void aFrenchStatementAtTheIntersessionalMeetingTakesItsFirstDayAndAuthor() {
    RecordFacts f =
        extractor.extract(
            "declaration.docx",
            Passages.of(
                "Réunion intersessions de la Convention, Genève, le 1er et le 2 avril 2026",
                "Déclaration de la Suisse sur la coopération internationale",
                "Monsieur le Président,"));
    assertThat(f.type()).contains("statement");
    assertThat(f.meeting()).contains("Intersessional Meeting › 2026");
    assertThat(f.date()).contains(LocalDate.of(2026, 4, 1));
    assertThat(f.authors()).containsExactly("Switzerland");
  }

  @Test
  void aSpanishStatementAtTheIntersessionalMeetingTakesItsFirstDayAndAuthor() {
    RecordFacts f =
        extractor.extract(
            "declaracion.docx",
            Passages.of(
                "Reunión entre períodos de sesiones, Ginebra, 7 y 8 de abril de 2026",
                "Declaración de Suiza sobre la cooperación internacional"));
    assertThat(f.type()).contains("statement");
    assertThat(f.meeting()).contains("Intersessional Meeting › 2026");
    assertThat(f.date()).contains(LocalDate.of(2026, 4, 7));
    assertThat(f.authors()).containsExactly("Switzerland");
  }

  @Test
  void frenchAndSpanishOrdinalsNameTheSessionOfAMeetingOrConference() {
    assertThat(
            extractor
                .extract(
                    "rapport.pdf",
                    Passages.of("Rapport de la treizième Assemblée des États parties"))
                .meeting())
        .contains("Meeting of States Parties › 13MSP");
    assertThat(
            extractor
                .extract(
                    "informe.pdf",
                    Passages.of(
                        "Informe de la 13.ª Reunión de los Estados Partes, del 16 al 19 de"
                            + " septiembre de 2025"))
                .meeting())
        .contains("Meeting of States Parties › 13MSP");
    assertThat(
            extractor
                .extract(
                    "informe.pdf", Passages.of("Informe final de la Tercera Conferencia de Examen"))
                .meeting())
        .contains("Review Conference › 3RC");
    assertThat(
            extractor
                .extract("rapport.pdf", Passages.of("Rapport final de la 3e Conférence d'examen"))
                .meeting())
        .contains("Review Conference › 3RC");
  }

  @Test
  void aSpanishTextIsSpanishNotFrench() {
    String acta =
        "El Comité aprobó el orden del día. La representante de Chile subrayó que la asistencia a"
            + " las víctimas debe seguir siendo una prioridad del plan, en particular el acceso a la"
            + " atención médica. La Dependencia informó de que se habían recibido los informes de"
            + " transparencia en virtud del artículo 7 y que el Comité aprobó el envío de un"
            + " recordatorio a los Estados que aún no han presentado su informe. El representante"
            + " de España informó al Comité de que la destrucción de existencias avanza con"
            + " normalidad y que las últimas municiones se destruirán antes del fin del año por"
            + " los servicios del ministerio para la defensa, con el apoyo de los asociados.";
    assertThat(new LanguageIdentifier().ofRecord(acta)).contains("es");
  }
}
