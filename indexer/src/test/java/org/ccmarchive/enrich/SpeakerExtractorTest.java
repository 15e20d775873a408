package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.List;
import java.util.Map;
import org.ccmarchive.structure.Passage;
import org.junit.jupiter.api.Test;

class SpeakerExtractorTest {

  private static final Enricher ENRICHER = Enricher.standard();

  /** The attendance block of the January 2024 minutes, shortened. */
  private static final String[] JANUARY_2024 = {
    "MINUTES OF A MEETING OF THE CCM COORDINATION COMMITTEE",
    "held on Tuesday, 30 January 2024",
    "1. Present:",
    "Mexico – 12MSP President",
    "H.E. Mrs. Francisca E. Méndez Escobar",
    "Belgium",
    "Mr. Vincent Bodson",
    "Netherlands",
    "Ms. Henriëtte van Gulik",
    "Norway",
    "Mr. Fredrik Brogeland Laache",
    "Zambia",
    "Ms. Chileshe Nkole",
    "ISU",
    "Ms. Pamela Moraga",
    "Absent:",
    "Lebanon",
    "# 2. Opening Remarks and Adoption of the Agenda"
  };

  /** The attendance block of the November 2025 minutes, shortened, as the PDF lays it out. */
  private static final String[] NOVEMBER_2025 = {
    "MINUTES OF THE MEETING OF THE COORDINATION COMMITTEE OF THE CONVENTION ON CLUSTER MUNITIONS",
    "Wednesday 26th November 2025",
    "Attendance",
    "Present",
    "Lao People's Democratic Republic – 3RC",
    "Presidency",
    "H.E. Mr. Daovy Vongxay",
    "Australia",
    "(Transparency Measures)",
    "Ms. Jennifer Cavenagh",
    "Mexico",
    "(Clearance)",
    "Mr. Alonso Martínez Ruiz",
    "ISU-CCM",
    "Ms. Pamela Moraga",
    "UNODA",
    "(Observer)",
    "Ms. Mélanie Régimbal",
    "CMC",
    "(Observer)",
    "Ms. Tamar Gabelnick",
    "Apologies Received",
    "Philippines",
    "Absent",
    "Costa Rica",
    "# Opening Remarks and Adoption of the Agenda"
  };

  /** A French attendance block, written for these tests. */
  private static final String[] OCTOBRE_2025_FR = {
    "Procès-verbal de la réunion du Comité de coordination, 14 octobre 2025",
    "Présents :",
    "Mexique – Présidence de la douzième Assemblée des États parties",
    "S.E. Mme Ana Lucía Torres",
    "Pays-Bas",
    "M. Pieter Jansen",
    "Suisse",
    "Mme Claire Rochat",
    "Unité d'appui à l'application",
    "Mme Pamela Moraga",
    "Absents :",
    "Liban",
    "# 2. Ouverture de la réunion"
  };

  /** A Spanish attendance block, written for these tests. */
  private static final String[] FEBRERO_2026_ES = {
    "Acta de la reunión del Comité de Coordinación, 3 de febrero de 2026",
    "Presentes:",
    "Filipinas – Presidencia de la Decimotercera Reunión de los Estados Partes",
    "Excmo. Sr. Ramon Villanueva",
    "Países Bajos",
    "Sr. Pieter Jansen",
    "Suiza",
    "Sra. Claire Rochat",
    "Ausentes:",
    "Líbano",
    "# 2. Apertura de la reunión"
  };

  private static List<PassageFacts> minutes(String[] header, String... body) {
    String[] all = new String[header.length + body.length];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(body, 0, all, header.length, body.length);
    List<Passage> passages = Passages.of(all);
    var e = ENRICHER.enrich("minutes.docx", passages, new Sidecar.Overrides(Map.of()));
    return e.passages().subList(header.length, all.length);
  }

  @Test
  void severalSpeakersInOneParagraphAreAllFound() {
    var f =
        minutes(
            JANUARY_2024,
            "The President enquired if any weapons similar to cluster munitions were being"
                + " developed. In response, Belgium indicated that this would be a question for"
                + " military experts. The President suggested that this too could be an area of"
                + " interest.");
    assertThat(f.getFirst().speakers()).containsExactly("Mexico", "Belgium");
  }

  @Test
  void jointlyPresentingDelegationsBothSpeak() {
    var f = minutes(JANUARY_2024, "The Netherlands and Zambia jointly presented their work plan.");
    assertThat(f.getFirst().speakers()).containsExactly("Netherlands", "Zambia");
  }

  @Test
  void personNamedOnlyBySurnameIsResolvedThroughTheAttendanceList() {
    var f =
        minutes(
            NOVEMBER_2025,
            "Ms Moraga highlighted three recent developments.",
            "Ambassador Vongxay thanked Ms Régimbal and indicated that he looked forward to it.",
            "Ms. Regimbal further reported that UNODA had received an updated list.");
    assertThat(f.get(0).speakers()).containsExactly("ISU");
    assertThat(f.get(0).persons()).containsExactly("Pamela Moraga");
    assertThat(f.get(1).speakers()).containsExactly("Lao PDR");
    assertThat(f.get(1).persons()).containsExactly("Daovy Vongxay");
    assertThat(f.get(2).speakers()).as("accents are not needed").containsExactly("UNODA");
  }

  @Test
  void presidentResolvesToThePresidingStateOfEachMeeting() {
    var january = minutes(JANUARY_2024, "The President informed that discussions were ongoing.");
    var november =
        minutes(
            NOVEMBER_2025,
            "The Presidency reported on the road map.",
            "The Ambassador noted his intention to work closely with all members.");
    assertThat(january.getFirst().speakers()).containsExactly("Mexico");
    assertThat(january.getFirst().persons()).containsExactly("Francisca E. Méndez Escobar");
    assertThat(november.get(0).speakers()).containsExactly("Lao PDR");
    assertThat(november.get(1).speakers()).containsExactly("Lao PDR");
  }

  @Test
  void aMentionedStateIsNotASpeaker() {
    var f =
        minutes(
            JANUARY_2024,
            "Norway congratulated Peru for complying with its Article 3 obligations and noted the"
                + " requests from Chad, Germany, and Lao PDR.");
    assertThat(f.getFirst().speakers()).containsExactly("Norway");
    assertThat(f.getFirst().countries()).containsExactly("Peru", "Chad", "Germany", "Lao PDR");
  }

  @Test
  void namesInsideWhatWasSaidAreNotSpeakers() {
    var f =
        minutes(
            JANUARY_2024,
            "The President stated that the IPU Secretary-General had expressed willingness and"
                + " that Norway informed her of it.");
    assertThat(f.getFirst().speakers()).containsExactly("Mexico");
  }

  @Test
  void anAppositiveBetweenSpeakerAndVerbIsSkipped() {
    var f =
        minutes(
            JANUARY_2024,
            "In response, Zambia, also serving as an APMBC VA Coordinator alongside the"
                + " Netherlands, confirmed the upcoming retreat.");
    assertThat(f.getFirst().speakers()).containsExactly("Zambia");
    assertThat(f.getFirst().countries()).containsExactly("Netherlands");
  }

  @Test
  void theRepresentativeOfAStateSpeaksForIt() {
    var f =
        minutes(
            NOVEMBER_2025,
            "The Representative of Australia also pointed out that the date in April is busy.");
    assertThat(f.getFirst().speakers()).containsExactly("Australia");
  }

  @Test
  void aStateAbsentFromTheMeetingIsReportedOnNotSpeaking() {
    var f =
        minutes(
            JANUARY_2024,
            "The ISU Director provided updates on engagements as follows:",
            "Lebanon: Lebanon indicated that it was on track to meeting its obligations.");
    assertThat(f.get(1).speakers()).containsExactly("ISU");
    assertThat(f.get(1).countries()).containsExactly("Lebanon");
  }

  @Test
  void aPassageOpeningWithAPronounContinuesThePreviousSpeaker() {
    var f =
        minutes(
            NOVEMBER_2025,
            "Ms Moraga further noted that a task force would be beneficial.",
            "She also recalled, that one co-coordinator position remains vacant.");
    assertThat(f.get(1).speakers()).containsExactly("ISU");
  }

  @Test
  void commaBetweenTwoNamesIsNotAList() {
    var f =
        minutes(
            NOVEMBER_2025,
            "With the agreement of Ambassador Vongxay, Ms. Moraga responded, indicating that she"
                + " shared this assessment.");
    assertThat(f.getFirst().speakers()).containsExactly("ISU");
  }

  @Test
  void aTableOfContributionsByAustraliaIsNotAustraliaSpeaking() {
    List<Passage> report =
        Passages.of(
            "Convention on Cluster Munitions Implementation Support Unit – 2024 Annual Report",
            "# Annex: contributions received",
            "| Contributions",
            "| Australia",
            "| 5 723");
    var e = ENRICHER.enrich("annual-report.pdf", report, new Sidecar.Overrides(Map.of()));
    PassageFacts cell = e.passages().get(3);
    assertThat(cell.speakers()).containsExactly("ISU");
    assertThat(cell.countries()).containsExactly("Australia");
  }

  @Test
  void aStatementSpeaksForTheDelegationsOfItsOpening() {
    List<Passage> statement =
        Passages.of(
            "President, excellencies, colleagues.",
            "1. As coordinators on Universalization, Norway and Peru will provide an update.",
            "2. We acknowledge the decision by Lithuania to withdraw.");
    var e = ENRICHER.enrich("statement.docx", statement, new Sidecar.Overrides(Map.of()));
    assertThat(e.record().authors()).containsExactly("Norway", "Peru");
    assertThat(e.passages().get(2).speakers()).containsExactly("Norway", "Peru");
    assertThat(e.passages().get(2).countries()).containsExactly("Lithuania");
  }

  @Test
  void aDirectorNamedOnceIsThePersonBehindTheDirectorLater() {
    var f =
        minutes(
            NOVEMBER_2025,
            "The Ambassador then gave the floor to the Director of the ISU, Ms Pamela Moraga.",
            "Finally, the ISU Director informed the Committee of an imminent vote.",
            "Ms Gabelnick, Director of the CMC, informed the CC that the Monitor is looking into it.",
            "The CMC Director stated that they are also disturbed.");
    assertThat(f.get(1).speakers()).containsExactly("ISU");
    assertThat(f.get(1).persons()).containsExactly("Pamela Moraga");
    assertThat(f.get(3).persons()).containsExactly("Tamar Gabelnick");
  }

  @Test
  void aHugePassageWithoutFullStopsIsEnrichedQuickly() {
    String text = "Norway noted that Peru and the ICRC, the CMC and Mexico informed ".repeat(4000);
    assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20),
        () -> {
          var f = minutes(JANUARY_2024, text);
          assertThat(f.getFirst().speakers()).contains("Norway");
        });
  }

  @Test
  void frenchRepresentativeIsResolvedToCountry() {
    List<PassageFacts> f =
        minutes(
            OCTOBRE_2025_FR,
            "2.1 Le représentant des Pays-Bas a souligné que la Suisse avait présenté son rapport.",
            "2.2 La délégation de la Suisse a également rappelé l'importance de l'article 7.");
    assertThat(f.get(0).speakers()).containsExactly("Netherlands");
    assertThat(f.get(0).countries()).containsExactly("Switzerland");
    assertThat(f.get(1).speakers()).containsExactly("Switzerland");
  }

  @Test
  void frenchPresidencyIsThePresidingStateOfTheAttendanceList() {
    List<PassageFacts> f =
        minutes(
            OCTOBRE_2025_FR,
            "La Présidente a ouvert la réunion.",
            "La Présidence a ensuite présenté le calendrier.",
            "L'Ambassadrice Torres a remercié les membres.");
    assertThat(f).extracting(PassageFacts::speakers).containsOnly(List.of("Mexico"));
    assertThat(f.get(0).persons()).containsExactly("Ana Lucía Torres");
  }

  @Test
  void frenchTitledSurnameIsResolvedThroughTheAttendanceList() {
    List<PassageFacts> f =
        minutes(
            OCTOBRE_2025_FR,
            "Mme Rochat a présenté le projet de document de travail.",
            "M. Jansen a indiqué que les Pays-Bas appuyaient le projet.");
    assertThat(f.get(0).speakers()).containsExactly("Switzerland");
    assertThat(f.get(0).persons()).containsExactly("Claire Rochat");
    assertThat(f.get(1).speakers()).containsExactly("Netherlands");
  }

  @Test
  void frenchStatesJoinedByEtBothSpeak() {
    List<PassageFacts> f =
        minutes(OCTOBRE_2025_FR, "La Suisse et les Pays-Bas ont présenté un document conjoint.");
    assertThat(f.get(0).speakers()).containsExactlyInAnyOrder("Switzerland", "Netherlands");
  }

  @Test
  void aStateInsideAFrenchReportedClauseIsNotASpeaker() {
    List<PassageFacts> f =
        minutes(
            OCTOBRE_2025_FR,
            "Le représentant de la Suisse a indiqué que le Mexique a présenté sa demande.");
    assertThat(f.get(0).speakers()).containsExactly("Switzerland");
    assertThat(f.get(0).countries()).containsExactly("Mexico");
  }

  @Test
  void aNumberedFrenchParagraphOpeningWithElleContinuesThePreviousSpeaker() {
    List<PassageFacts> f =
        minutes(
            OCTOBRE_2025_FR,
            "3.1 La représentante de la Suisse a fait le point sur l'universalisation.",
            "3.2 Elle a ajouté que deux États préparaient leur adhésion.");
    assertThat(f.get(1).speakers()).containsExactly("Switzerland");
  }

  @Test
  void spanishRepresentativeIsResolvedToCountry() {
    List<PassageFacts> f =
        minutes(
            FEBRERO_2026_ES,
            "2.1 El representante de los Países Bajos señaló que Suiza había presentado su informe.",
            "2.2 La delegación de Suiza también destacó la cooperación regional.");
    assertThat(f.get(0).speakers()).containsExactly("Netherlands");
    assertThat(f.get(0).countries()).containsExactly("Switzerland");
    assertThat(f.get(1).speakers()).containsExactly("Switzerland");
  }

  @Test
  void spanishPresidencyAndTitledSurnameAreResolved() {
    List<PassageFacts> f =
        minutes(
            FEBRERO_2026_ES,
            "La Presidencia agradeció a los miembros su participación.",
            "El Embajador Villanueva levantó la sesión.",
            "La Sra. Rochat presentó el proyecto de documento de trabajo.");
    assertThat(f.get(0).speakers()).containsExactly("Philippines");
    assertThat(f.get(1).speakers()).containsExactly("Philippines");
    assertThat(f.get(1).persons()).containsExactly("Ramon Villanueva");
    assertThat(f.get(2).speakers()).containsExactly("Switzerland");
  }

  @Test
  void spanishStatesJoinedByYBothSpeak() {
    List<PassageFacts> f =
        minutes(FEBRERO_2026_ES, "Suiza y los Países Bajos presentaron un documento conjunto.");
    assertThat(f.get(0).speakers()).containsExactlyInAnyOrder("Switzerland", "Netherlands");
  }

  @Test
  void theMOfAnAcronymIsNoFrenchMonsieur() {
    List<PassageFacts> f =
        minutes(OCTOBRE_2025_FR, "Le rapport de la CCM. La Suisse a présenté ses observations.");
    assertThat(f.get(0).speakers()).containsExactly("Switzerland");
  }
}
