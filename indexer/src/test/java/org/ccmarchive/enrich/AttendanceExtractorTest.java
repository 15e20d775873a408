package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendanceExtractorTest {

  private final AttendanceExtractor extractor = new AttendanceExtractor(Gazetteer.standard());

  @Test
  void rolesInParenthesesOverSeveralLinesBelongToTheirDelegation() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "Attendance",
                "Present",
                "Lao People's Democratic Republic – 3RC",
                "Presidency",
                "H.E. Mr. Daovy Vongxay",
                "Australia",
                "(Transparency Measures)",
                "Ms. Jennifer Cavenagh",
                "Ms. Gemma Hallett",
                "Austria",
                "(General Status of the Operation of the",
                "Convention and CCM Gender Focal Points)",
                "Ms. Julia Eberl",
                "Netherlands (Kingdom of the)",
                "Ms. Henriëtte van Gulik",
                "Apologies Received",
                "Lebanon",
                "Niger",
                "Absent",
                "Costa Rica",
                "Opening Remarks and Adoption of the Agenda",
                "Ambassador Vongxay welcomed participants."));
    assertThat(a.present())
        .extracting(Attendance.Delegation::label)
        .containsExactly(
            "Lao PDR (3RC Presidency)",
            "Australia (Transparency Measures)",
            "Austria (General Status of the Operation of the Convention and CCM Gender Focal"
                + " Points)",
            "Netherlands");
    assertThat(a.present().get(1).persons())
        .extracting(Attendance.Person::name)
        .containsExactly("Jennifer Cavenagh", "Gemma Hallett");
    assertThat(a.presiding().orElseThrow().name()).isEqualTo("Lao PDR");
    assertThat(a.apologies()).containsExactly("Lebanon", "Niger");
    assertThat(a.absent()).containsExactly("Costa Rica");
    assertThat(a.passageOrdinals()).hasSize(20).doesNotContain(21, 22);
  }

  @Test
  void numberedPresentListWithRoleAfterADash() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "1. Present:",
                "Mexico – 12MSP President",
                "H.E. Mrs. Francisca E. Méndez Escobar",
                "ICRC",
                "Ms. Maya Brehm",
                "Absent:",
                "Lebanon",
                "2. Opening Remarks and Adoption of the Agenda"));
    assertThat(a.presiding().orElseThrow().name()).isEqualTo("Mexico");
    assertThat(a.presiding().orElseThrow().persons().getFirst().isAmbassador()).isTrue();
    assertThat(a.isPresent("ICRC")).isTrue();
    assertThat(a.absent()).containsExactly("Lebanon");
  }

  @Test
  void aRecordWithoutAttendanceListHasNone() {
    assertThat(extractor.extract(Passages.of("President, excellencies.", "1. Norway spoke.")))
        .isEqualTo(Attendance.NONE);
  }

  @Test
  void frenchAttendanceListWithItsPresidencyExcusedAndAbsent() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "1. Présents :",
                "Mexique – Présidence de la douzième Assemblée des États parties",
                "S.E. Mme Ana Lucía Torres",
                "M. Carlos Ruiz",
                "Pays-Bas (Coopération et assistance internationales)",
                "Mme Femke de Wit",
                "Excusés :",
                "Liban",
                "Absents :",
                "Niger",
                "2. Ouverture de la réunion"));
    assertThat(a.present())
        .extracting(Attendance.Delegation::label)
        .containsExactly(
            "Mexico (Présidence de la douzième Assemblée des États parties)",
            "Netherlands (Coopération et assistance internationales)");
    assertThat(a.presiding()).map(Attendance.Delegation::name).contains("Mexico");
    assertThat(a.present().getFirst().persons().getFirst().isAmbassador()).isTrue();
    assertThat(a.present().get(1).persons())
        .extracting(Attendance.Person::name)
        .containsExactly("Femke de Wit");
    assertThat(a.apologies()).containsExactly("Lebanon");
    assertThat(a.absent()).containsExactly("Niger");
  }

  @Test
  void spanishAttendanceListWithItsPresidencyAndAbsent() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "Presentes:",
                "Filipinas – Presidencia de la Decimotercera Reunión de los Estados Partes",
                "Excma. Sra. Maria Santos",
                "Colombia (Limpieza)",
                "Sr. Andrés Quintero",
                "Ausentes:",
                "Malawi",
                "2. Apertura de la reunión"));
    assertThat(a.presiding()).map(Attendance.Delegation::name).contains("Philippines");
    assertThat(a.present().getFirst().persons().getFirst().isAmbassador()).isTrue();
    assertThat(a.present().get(1).persons())
        .extracting(Attendance.Person::name)
        .containsExactly("Andrés Quintero");
    assertThat(a.absent()).containsExactly("Malawi");
  }

  @Test
  void stateDashPersonLinesInCapitalsLayoutPutEachPersonUnderTheirDelegation() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "MINUTES OF THE CCM COORDINATION COMMITTEE MEETING",
                "PRESENT:",
                "Portugal – Ambassador Rui Tavares (President of the Third Meeting of States Parties)",
                "Portugal – Ms Inês Faria",
                "Ghana – Mr Kwame Boateng",
                "ICRC – Dr Lena Vogt",
                "APOLOGIES RECEIVED:",
                "Peru; Sri Lanka",
                "1. Opening",
                "Ambassador Tavares opened the meeting."));
    assertThat(a.presiding()).map(Attendance.Delegation::name).contains("Portugal");
    assertThat(a.present().getFirst().persons())
        .extracting(Attendance.Person::name)
        .containsExactly("Rui Tavares", "Inês Faria");
    assertThat(a.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Portugal", "Ghana", "ICRC");
    assertThat(a.apologies()).containsExactly("Peru", "Sri Lanka");
    assertThat(a.passageOrdinals()).hasSize(7).doesNotContain(1, 9);
  }

  @Test
  void stateLineThenPersonLinesWithRolesAndGroupsUnderListOfAttendees() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "List of attendees:",
                "Croatia",
                "Ambassador Marko Horvat",
                "Belgium representing the Coordinators on victim assistance",
                "Mr Jan Peeters",
                "Implementation Support Unit",
                "Ms Rosa Lindqvist, Director",
                "1. Opening"));
    assertThat(a.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Croatia", "Belgium", "ISU");
    assertThat(a.present().get(1).role()).startsWith("representing");
    assertThat(a.present().get(2).persons())
        .extracting(Attendance.Person::name)
        .containsExactly("Rosa Lindqvist");
  }

  @Test
  void inlineListsBulletsAndPairsOfCoordinators() {
    Attendance inline =
        extractor.extract(
            Passages.of(
                "Present: Croatia (President of the First Review Conference), Chile and Bosnia"
                    + " and Herzegovina (Victim assistance), ISU, CMC.",
                "1. Opening"));
    assertThat(inline.present())
        .extracting(Attendance.Delegation::label)
        .containsExactly(
            "Croatia (President of the First Review Conference)",
            "Chile (Victim assistance)",
            "Bosnia and Herzegovina (Victim assistance)",
            "ISU",
            "CMC");
    Attendance bullets =
        extractor.extract(
            Passages.of(
                "Attendance",
                "- Zambia – 4MSP President",
                "- Austria and Lao PDR – Clearance and risk reduction",
                "- UNDP (interim support), CMC, ICRC",
                "1. Opening"));
    assertThat(bullets.presiding()).map(Attendance.Delegation::name).contains("Zambia");
    assertThat(bullets.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Zambia", "Austria", "Lao PDR", "UNDP", "CMC", "ICRC");
  }

  @Test
  void frenchDelegationAndPersonsOnOneLineAndATwoColumnTable() {
    Attendance french =
        extractor.extract(
            Passages.of(
                "Participants (Mission permanente de la Norvège, Genève) :",
                "- Norvège (Présidence) : S. E. Mme Kari Berg, M. Ola Dahl",
                "- CICR : Mme Anne Roux ; Coalition contre les armes à sous-munitions (CMC) : M. Paul Diop",
                "Point 1 – Ouverture"));
    assertThat(french.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Norway", "ICRC", "CMC");
    assertThat(french.present().getFirst().persons()).hasSize(2);
    assertThat(french.presiding()).map(Attendance.Delegation::name).contains("Norway");
    Attendance table =
        extractor.extract(
            Passages.of(
                "PRESENT:",
                "Delegation",
                "Representative",
                "Mexico",
                "Mr Luis Ortega",
                "ICRC",
                "Ms Eva Brun",
                "1. Opening"));
    assertThat(table.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Mexico", "ICRC");
    assertThat(table.present().getFirst().persons())
        .extracting(Attendance.Person::name)
        .containsExactly("Luis Ortega");
  }

  @Test
  void aTableCellListingPersonsWithSemicolonsGivesEachToItsDelegation() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "PRESENT:",
                "| Peru (President of the Sixth Meeting)",
                "| Ambassador Rosa Quispe; Mr Luis Paredes",
                "| Ghana",
                "| Ms Abena Owusu",
                "APOLOGIES RECEIVED:",
                "Belgium",
                "1. Opening",
                "Ambassador Quispe opened the meeting."));
    assertThat(a.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Peru", "Ghana");
    assertThat(a.present().getFirst().persons())
        .extracting(Attendance.Person::name)
        .containsExactly("Rosa Quispe", "Luis Paredes");
    assertThat(a.apologies()).containsExactly("Belgium");
    assertThat(PersonDirectory.of(a).resolve("Paredes"))
        .map(PersonDirectory.Entry::delegation)
        .contains("Peru");
  }

  @Test
  void tableRowsAPdfFlattenedIntoOneLineAreReadRowByRow() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "Present:",
                "Peru (President of the Sixth Meeting) Ambassador Rosa Quispe; Mr Luis Paredes Ghana"
                    + " (Coordinator with Chile) Ms Abena Owusu",
                "Ireland Mr Cathal Byrne",
                "2. Item two",
                "Mr Byrne reported on the survey."));
    assertThat(a.present())
        .extracting(Attendance.Delegation::label)
        .containsExactly(
            "Peru (President of the Sixth Meeting)", "Ghana (Coordinator with Chile)", "Ireland");
    assertThat(PersonDirectory.of(a).resolve("Owusu"))
        .map(PersonDirectory.Entry::delegation)
        .contains("Ghana");
    assertThat(a.passageOrdinals()).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void aTableHeaderRowAPdfFlattenedIntoOneLineDoesNotEndTheBlock() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "PRESENT:",
                "Delegation Name and title",
                "Kenya Ms Wanjiru Kamau",
                "Délégation / Nom",
                "Togo M. Kofi Agbeko",
                "1. Opening"));
    assertThat(a.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Kenya", "Togo");
  }

  @Test
  void aPersonsOfficeInBracketsAfterTheNameBecomesTheDelegationsRole() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "PRESENT:",
                "Ghana",
                "Ambassador Kofi Mensah-Ablo (President-designate, 15MSP)",
                "Chile",
                "Ms Rosa Iturra",
                "1. Opening",
                "Ambassador Mensah-Ablo opened the meeting."));
    assertThat(a.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Ghana", "Chile");
    assertThat(a.present().getFirst().role()).contains("President-designate");
    assertThat(a.present().getFirst().persons()).hasSize(1);
  }

  @Test
  void aFrenchCourtesyTitleBeforeTheAmbassadorsTitleStillNamesAPerson() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "Liste des participants :",
                "- Ghana",
                "Mme l'Ambassadrice Efua Boateng, Présidente de la quinzième Assemblée",
                "- Chili",
                "M. Rodrigo Pávez",
                "Point 1 – Ouverture"));
    assertThat(a.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Ghana", "Chile");
    assertThat(a.present().getFirst().persons()).hasSize(1);
  }

  @Test
  void aLongLineListingDelegationsBetweenSemicolonsListsEachOne() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "Participantes",
                "Ghana (Presidencia de la 15REP); Perú (Presidencia de la 14REP); Chile y Fiji"
                    + " (universalización); Malí y Nepal (remoción); Togo (transparencia);"
                    + " Dependencia de Apoyo a la Aplicación (invitada).",
                "1. Apertura"));
    assertThat(a.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Ghana", "Peru", "Chile", "Fiji", "Mali", "Nepal", "Togo", "ISU");
    assertThat(a.presiding()).map(Attendance.Delegation::name).contains("Ghana");
  }

  @Test
  void aFlattenedTableRowMayGiveTheRoleAfterThePerson() {
    Attendance a =
        extractor.extract(
            Passages.of(
                "PRESENT:",
                "Ghana Ambassador Kofi Mensah-Ablo (President-designate, 15MSP)",
                "Chile Ms Rosa Iturra",
                "1. Opening"));
    assertThat(a.present())
        .extracting(Attendance.Delegation::name)
        .containsExactly("Ghana", "Chile");
    assertThat(a.presiding()).map(Attendance.Delegation::name).contains("Ghana");
  }
}
