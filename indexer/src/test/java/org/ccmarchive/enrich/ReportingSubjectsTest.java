package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmarchive.enrich.Passages.enrich;

import org.junit.jupiter.api.Test;

/** Subjects of reporting sentences in shapes the first gold did not have. */
class ReportingSubjectsTest {

  @Test
  void aTwoColumnAttendanceListFlattenedIntoOneLineListsEveryDelegation() {
    var f =
        enrich(
            "CC-Minutes-9-May-2017.pdf",
            "Coordination Committee – minutes of the meeting held on 9 May 2017, Geneva",
            "Attendance",
            "• Croatia – 7MSP President (Ambassador Vesna Horvat) • Ghana and Peru – Coordinators"
                + " on clearance",
            "# 1. Clearance",
            "Peru welcomed the revised questionnaire and offered comments in writing.");
    assertThat(f.get(4).speakers()).containsExactly("Peru");
  }

  @Test
  void theItemsOfASeriesSpeakForWhoeverIntroducedIt() {
    var f =
        enrich(
            "CC-Minutes-9-May-2017.docx",
            "Coordination Committee – minutes of the meeting held on 9 May 2017, Geneva",
            "# 1. Universalization",
            "Ghana outlined two steps for the months ahead:",
            "• letters to the remaining signatories in May;",
            "• a regional workshop in Accra in the autumn.");
    assertThat(f.get(3).speakers()).containsExactly("Ghana");
    assertThat(f.get(4).speakers()).containsExactly("Ghana");
  }

  @Test
  void anOfficeOfTheMeetingOpensAndItsHolderIsNamedAfterIt() {
    var f =
        enrich(
            "Intersessional-Meetings-2021-Summary.docx",
            "Intersessional Meetings 2021 – summary",
            "## Opening",
            "The meetings were opened by the President of the Ninth Meeting of States Parties,"
                + " Ambassador Teodor Weiss of Slovakia, whose priorities were set out in a paper.");
    assertThat(f.get(2).speakers()).containsExactly("Slovakia");
  }

  @Test
  void aFrenchPassiveOpeningByItsPresidentNamesHisState() {
    var f =
        enrich(
            "CCM-MSP-2021-9-Rapport-final.docx",
            "Rapport final",
            "# II. Organisation de l'Assemblée",
            "8. L'Assemblée a été ouverte par sa Présidente, l'Ambassadrice Ana Lindqvist, de la"
                + " Suède.");
    assertThat(f.get(2).speakers()).containsExactly("Sweden");
  }

  @Test
  void anOfficeOfAnOrganisationNamedByItsFrenchAcronymSpeaksForIt() {
    var f =
        enrich(
            "PV-Comite-de-coordination-4-mai-2017.docx",
            "Procès-verbal de la réunion du Comité de coordination du 4 mai 2017",
            "# 2. Préparatifs",
            "Le Directeur de l'UAA a présenté le calendrier des documents de la réunion.");
    assertThat(f.get(2).speakers()).containsExactly("ISU");
  }

  @Test
  void aNationalStatementOnATopicSpeaksForItsState() {
    var f =
        enrich(
            "Press-Release-9MSP-Closing.docx",
            "Press release – States Parties close their Ninth Meeting",
            "The Norwegian statement on clearance urged donors to fund survey before removal.");
    assertThat(f.get(1).speakers()).containsExactly("Norway");
  }

  @Test
  void aPersonWhoseSurnameOpensWithAOneLetterWordIsStillAPerson() {
    var f =
        enrich(
            "Minutes-CC-3-Mar-2015.docx",
            "MINUTES OF THE CCM COORDINATION COMMITTEE MEETING",
            "Held on Tuesday 3 March 2015 at the Permanent Mission of Croatia, Geneva",
            "PRESENT:",
            "Croatia",
            "Ambassador Vesna Horvat",
            "Ireland",
            "Ms Aoife Ó Dálaigh",
            "# 2. Universalization",
            "Ms Ó Dálaigh reported on contacts with two signatory States.");
    assertThat(f.get(8).speakers()).containsExactly("Ireland");
  }

  @Test
  void aRussianListOfWhoMadeStatementsNamesSpeakers() {
    var f =
        enrich(
            "10MSP-Obzor.docx",
            "Краткий обзор заседаний десятого совещания",
            "## Заседание 2. Уничтожение запасов (статья 3)",
            "Заявления сделали: Германия, Франция, МККК.");
    assertThat(f.get(2).speakers()).containsExactly("Germany", "France", "ICRC");
  }

  @Test
  void thePassiveOfTakingTheFloorListsItsAgents() {
    var f =
        enrich(
            "8MSP-Day-Summary.docx",
            "Eighth Meeting of States Parties – summary of the second day",
            "## Stockpile destruction (Article 3)",
            "The floor was also taken by: Chad, Peru, ICRC",
            "The debate was joined by Mali and the CMC.");
    assertThat(f.get(2).speakers()).containsExactly("Chad", "Peru", "ICRC");
    assertThat(f.get(3).speakers()).containsExactly("Mali", "CMC");
  }

  @Test
  void aLabelWithItsRoleInBracketsStillNamesWhoSpoke() {
    var f =
        enrich(
            "8MSP-Day-Summary.docx",
            "Eighth Meeting of States Parties – summary of the second day",
            "## Clearance (Article 4)",
            "Chad and Peru (Coordinators) – slides on the survey backlog",
            "Norway speaking for the donors' group");
    assertThat(f.get(2).speakers()).containsExactly("Chad", "Peru");
    assertThat(f.get(3).speakers()).containsExactly("Norway");
  }

  @Test
  void anArabicListOpenerWithItsConjunctionNamesEveryState() {
    var f =
        enrich(
            "8MSP-Mulakhas.docx",
            "ملخص جلسات الاجتماع الثامن",
            "## الجلسة الثانية: تدمير المخزونات (المادة 3)",
            "وأدلت ببيانات كل من: تشاد، وبيرو، ومالي.",
            "قدّم المنسقان، تشاد ومالي، عرضاً عن المواعيد النهائية المقبلة.");
    assertThat(f.get(2).speakers()).containsExactly("Chad", "Peru", "Mali");
    assertThat(f.get(3).speakers()).containsExactly("Chad", "Mali");
  }

  @Test
  void aVocalisedArabicVerbIsTheSameVerb() {
    var f =
        enrich(
            "8MSP-Mulakhas.docx",
            "ملخص جلسات الاجتماع الثامن",
            "## الجلسة الرابعة: مساعدة الضحايا (المادة 5)",
            "وأكّد العراق أن قاعدة البيانات الوطنية قد اكتملت.");
    assertThat(f.get(2).speakers()).containsExactly("Iraq");
  }

  @Test
  void aSecondSubjectAfterWhileSpeaksToo() {
    var f =
        enrich(
            "Noticia-Clausura-12REP.docx",
            "Concluye la Duodécima Reunión de los Estados Partes",
            "Por su parte, Chile anunció una nueva contribución, mientras que Italia informó de un"
                + " programa de educación sobre el riesgo.",
            "La delegación peruana, que coordina los trabajos sobre limpieza, lamentó la falta de"
                + " fondos.",
            "Según la Dependencia de Apoyo a la Aplicación, solo la mitad de los informes llegó a"
                + " tiempo.");
    assertThat(f.get(1).speakers()).containsExactly("Chile", "Italy");
    assertThat(f.get(2).speakers()).containsExactly("Peru");
    assertThat(f.get(3).speakers()).containsExactly("ISU");
  }

  @Test
  void aPersonIntroducedWithHerTitlesSpeaksForHerStateAndSheContinues() {
    var f =
        enrich(
            "PV-Comite-de-coordination-12-mars-2019.docx",
            "Procès-verbal de la réunion du Comité de coordination du 12 mars 2019",
            "## Point 1 – Ouverture de la séance",
            "La séance a été ouverte par S. E. Mme Anna Berg, Ambassadrice, Représentante"
                + " permanente du Royaume de Suède, en sa qualité de Présidente.",
            "Celle-ci a souhaité la bienvenue aux nouveaux coordonnateurs.");
    assertThat(f.get(2).speakers()).containsExactly("Sweden");
    assertThat(f.get(3).speakers()).containsExactly("Sweden");
  }

  @Test
  void anOfficialWithHerPortfolioAndAnAppositionSpeaksForHerState() {
    var f =
        enrich(
            "Noticia-Clausura-12REP.docx",
            "Concluye la Duodécima Reunión de los Estados Partes",
            "La viceministra peruana para Asuntos Multilaterales, presente en la clausura, confirmó"
                + " la candidatura de su país.");
    assertThat(f.get(1).speakers()).containsExactly("Peru");
  }
}
