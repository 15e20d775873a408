package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ccmarchive.structure.Passage;
import org.junit.jupiter.api.Test;

class DocumentAuthorshipTest {

  private final DocumentAuthorship authorship =
      new DocumentAuthorship(Gazetteer.standard(), MeetingCalendar.standard());

  @Test
  void theStatesOnASubmittedByLineAuthorThePaper() {
    List<Passage> title =
        Passages.of(
            "CCM/MSP/2022/WP.7", "Mapping survivors' needs", "Submitted by Peru and Sweden");
    Optional<DocumentAuthorship.Byline> byline = authorship.submitters(title, Optional.empty());
    assertThat(byline).isPresent();
    assertThat(byline.get().authors()).containsExactly("Peru", "Sweden");
    assertThat(byline.get().ordinal()).isEqualTo(3);
  }

  @Test
  void aBylineJoinedToTheTitleByAPdfStillNamesTheSubmitters() {
    List<Passage> title =
        Passages.of("Better stockpile reporting Présenté par les coordonnateurs (Chili et Italie)");
    assertThat(authorship.submitters(title, Optional.empty()).orElseThrow().authors())
        .containsExactly("Chile", "Italy");
  }

  @Test
  void aPresidencyNamedByItsSessionIsThatSessionsPresidingState() {
    List<Passage> title =
        Passages.of("Preparado por la Presidencia de la Novena Reunión de los Estados Partes");
    assertThat(authorship.submitters(title, Optional.empty()).orElseThrow().authors())
        .containsExactly("Netherlands");
  }

  @Test
  void aPresidencyWithoutItsSessionIsTheRecordsPresidency() {
    List<Passage> title = Passages.of("Prepared by the President-designate");
    assertThat(authorship.submitters(title, Optional.of("Zambia")).orElseThrow().authors())
        .containsExactly("Zambia");
  }

  @Test
  void aTitleWithoutABylineHasNoSubmitters() {
    assertThat(authorship.submitters(Passages.of("Working paper on clearance"), Optional.empty()))
        .isEmpty();
  }

  @Test
  void aLettersSignatureBlockNamesItsDelegationAndItsFrameHasNoSpeaker() {
    List<Passage> letter =
        Passages.of(
            "Permanent Mission of Norway",
            "Geneva, 4 May 2016",
            "Dear colleagues,",
            "I write to share the dates of the next consultations on Article 4.",
            "Yours sincerely,",
            "Ivo Marchetti",
            "Ambassador, Permanent Representative of Italy",
            "# Annex",
            "- A timetable of the consultations.");
    DocumentAuthorship.Letter l = authorship.letter(letter);
    assertThat(l.signatory())
        .as("the signature block wins over the letterhead")
        .containsExactly("Italy");
    assertThat(l.frame()).containsExactlyInAnyOrder(1, 2, 3, 5, 6, 7, 8);
  }

  @Test
  void aLetterSignedForAnOrganisationSpeaksForIt() {
    List<Passage> letter =
        Passages.of(
            "Genève, le 3 mars 2020",
            "Madame, Monsieur,",
            "J'ai l'honneur de vous inviter à un séminaire.",
            "Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma haute considération.",
            "Jeanne Morel",
            "Directrice de l'Unité d'appui à l'application");
    assertThat(authorship.letter(letter).signatory()).containsExactly("ISU");
  }

  @Test
  void aLetterSignedAsPresidentOfASessionSpeaksForItsPresidingState() {
    List<Passage> letter =
        Passages.of(
            "Excelentísimo señor:",
            "Me complace invitarle a la Reunión.",
            "Aprovecho la oportunidad para saludarle atentamente.",
            "Ana Ruiz",
            "Presidenta de la Duodécima Reunión de los Estados Partes");
    assertThat(authorship.letter(letter).signatory()).containsExactly("Mexico");
  }

  @Test
  void aLetterWithoutSignatureFallsBackToItsLetterhead() {
    List<Passage> letter =
        Passages.of("Permanent Mission of Chile", "Excellency,", "I have the honour to write.");
    DocumentAuthorship.Letter l = authorship.letter(letter);
    assertThat(l.signatory()).containsExactly("Chile");
    assertThat(l.frame()).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void aNoteVerbaleSpeaksForTheDelegationThatPresentsItsCompliments() {
    List<Passage> note =
        Passages.of(
            "NV/2017/44",
            "La Mission permanente du Sénégal auprès de l'Office des Nations Unies à Genève présente"
                + " ses compliments aux Missions permanentes des États parties et a l'honneur de les"
                + " inviter à une réunion d'information.",
            "La Mission permanente du Sénégal saisit cette occasion pour renouveler aux Missions"
                + " permanentes l'assurance de sa haute considération.",
            "Genève, le 2 mai 2017");
    DocumentAuthorship.Letter l = authorship.letter(note);
    assertThat(l.signatory()).containsExactly("Senegal");
    assertThat(l.frame()).containsExactlyInAnyOrder(3, 4);
  }
}
