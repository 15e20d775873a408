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
}
