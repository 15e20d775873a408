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
        extractor.extract("x.pdf", Passages.of("Fourth Review Conference", "Vientiane, 2031"));
    assertThat(f.meeting()).contains("Review Conference › 4RC");
    assertThat(f.date()).as("a year alone is not a date; 4RC is not in the calendar").isEmpty();
  }

  @Test
  void aSessionNamedOnlyByOrdinalTakesItsDatesAndPlaceFromTheCalendar() {
    RecordFacts f =
        extractor.extract(
            "Statement-Ireland-VA-9MSP.docx",
            Passages.of(
                "Statement on victim assistance",
                "Geneva, 3 September 2019",
                "Ireland thanks the Coordinators for their work on Article 5."));
    assertThat(f.meeting()).contains("Meeting of States Parties › 9MSP");
    assertThat(f.date())
        .as("the meeting's first day, not the day spoken")
        .contains(LocalDate.of(2019, 9, 2));
    assertThat(f.place()).contains("Geneva");
    assertThat(extractor.presidencyOf(f)).contains("Netherlands");
  }

  @Test
  void aPrintedSpanOfTheMeetingsDaysIsKeptAndOneThatContradictsTheCalendarIsNot() {
    RecordFacts printed =
        extractor.extract(
            "x.pdf",
            Passages.of("Eleventh Meeting of States Parties", "Geneva, 12-15 September 2023"));
    assertThat(printed.date()).contains(LocalDate.of(2023, 9, 12));
    RecordFacts contradicts =
        extractor.extract(
            "x.pdf", Passages.of("Eleventh Meeting of States Parties", "Geneva, 2-5 May 2023"));
    assertThat(contradicts.date()).contains(LocalDate.of(2023, 9, 11));
  }

  @Test
  void theCoordinationCommitteeIsChairedByThePresidencyOfTheNextMeetingToEnd() {
    RecordFacts f =
        extractor.extract(
            "x.docx",
            Passages.of(
                "Convention on Cluster Munitions",
                "Coordination Committee",
                "Minutes of the meeting held on 17 April 2013, Geneva"));
    assertThat(f.meeting()).contains("Coordination Committee › 2013-04-17");
    assertThat(extractor.presidencyOf(f)).contains("Zambia");
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

  @Test
  void arabicRussianAndChineseRecordsAreKnown() {
    assertThat(new LanguageIdentifier().ofRecord("تؤكد الدولة أهمية تطهير الأراضي الملوثة"))
        .contains("ar");
    assertThat(new LanguageIdentifier().ofRecord("Делегация подчеркнула важность расчистки"))
        .contains("ru");
    assertThat(new LanguageIdentifier().ofRecord("代表团强调清除工作的重要性")).contains("zh");
    assertThat(
            new LanguageIdentifier()
                .ofRecord(
                    "The Committee discussed the report CCM/MSP/2019/6 and the obligations of"
                        + " Article 4 (第四条) with the delegations present at the meeting."))
        .as("a few Han letters among Latin ones decide nothing")
        .contains("en");
  }

  @Test
  void theTitleBlockDecidesTheTypeNotAWordOfTheBody() {
    RecordFacts f =
        extractor.extract(
            "x.docx",
            Passages.of(
                "# Intersessional Meetings – Geneva, 18–19 June 2018",
                "# Session 1: Opening",
                "The President of the Eighth Meeting of States Parties opened the meetings.",
                "Peru – statement on the completion of its destruction programme"));
    assertThat(f.type()).contains("report");
    assertThat(f.meeting()).contains("Intersessional Meeting › 2018");
    assertThat(f.date()).contains(LocalDate.of(2018, 6, 18));
  }

  @Test
  void aMeetingOfTheCommitteeWithoutTheWordMinutesIsMinutesOfThatMeeting() {
    RecordFacts f =
        extractor.extract(
            "x.docx",
            Passages.of(
                "Third Meeting of the CCM Coordination Committee under the Croatian Presidency",
                "Held on Tuesday 14 April 2015 at the Permanent Mission of Croatia, Geneva"));
    assertThat(f.type()).contains("minutes");
    assertThat(f.meeting()).contains("Coordination Committee › 2015-04-14");
  }

  @Test
  void aSymbolOnTheFirstLineOfAJoinedPdfTitleBlockIsTheRecordsOwn() {
    RecordFacts f =
        extractor.extract(
            "agenda.pdf",
            Passages.of(
                "# CCM/MSP/2016/1\nConvention on Cluster Munitions\nSixth Meeting of States Parties",
                "Provisional agenda"));
    assertThat(f.symbol()).contains("CCM/MSP/2016/1");
    assertThat(f.type()).contains("agenda");
  }

  @Test
  void aLetterIsDatedByItsDateLineAndBelongsToNoMeeting() {
    RecordFacts f =
        extractor.extract(
            "Letter-President-9MSP.docx",
            Passages.of(
                "President of the Ninth Meeting of States Parties",
                "Geneva, 14 January 2019",
                "Excellency,",
                "I have the honour to invite your delegation to the Ninth Meeting of States Parties,"
                    + " to be held in The Hague from 2 to 4 September 2019."));
    assertThat(f.type()).contains("letter");
    assertThat(f.meeting()).isEmpty();
    assertThat(f.date()).contains(LocalDate.of(2019, 1, 14));
    assertThat(f.place()).contains("Geneva");
    assertThat(f.authors()).containsExactly("Netherlands");
  }

  @Test
  void aProgrammeOfWorkIsAnAgenda() {
    RecordFacts f =
        extractor.extract(
            "programme.docx",
            Passages.of("Third Review Conference", "Programme de travail provisionnel"));
    assertThat(f.type()).contains("agenda");
    RecordFacts es =
        extractor.extract(
            "orden.docx", Passages.of("Sexta Reunión de los Estados Partes", "Orden del día"));
    assertThat(es.type()).contains("agenda");
  }

  @Test
  void aListOfParticipantsBelongsToTheIntersessionalMeetingsOfTheYearUnderIt() {
    RecordFacts f =
        extractor.extract(
            "participants.docx",
            Passages.of(
                "Intersessional Meetings", "Geneva, 2–3 June 2021", "# List of participants"));
    assertThat(f.type()).contains("list of participants");
    assertThat(f.meeting()).contains("Intersessional Meeting › 2021");
  }

  @Test
  void aWorkingPaperSpeaksForTheStatesOnItsSubmittedByLine() {
    RecordFacts f =
        extractor.extract(
            "wp.docx",
            Passages.of(
                "CCM/MSP/2022/WP.2",
                "Working paper on survivors' data",
                "Submitted by Ireland and Senegal",
                "# Background"));
    assertThat(f.authors()).containsExactly("Ireland", "Senegal");
  }
}
