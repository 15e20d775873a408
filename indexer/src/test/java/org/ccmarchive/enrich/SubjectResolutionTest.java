package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmarchive.enrich.Passages.enrich;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Finding the subject of a sentence and resolving it: offices, persons named with their State,
 * appositions, passive openings, list lines, nationality adjectives, statements' authors, and the
 * Arabic, Russian and Chinese patterns. All text is invented for these tests.
 */
class SubjectResolutionTest {

  private static final Enricher ENRICHER = Enricher.standard();

  @Test
  void aPassiveOpeningNamesThePresidencyThatLaterPassagesCallThePresident() {
    var f =
        enrich(
            "CC-Minutes-4-March-2015.docx",
            "Minutes of the Coordination Committee meeting, 4 March 2015",
            "# 1. Opening",
            "The meeting was opened by the CCM President, Ambassador Elke Brandner of Austria,"
                + " who welcomed the members.",
            "The President then summarised the replies received from the thematic coordinators.",
            "She then invited the Coordinators to report on their work plans.",
            "Ambassador Brandner closed the item.");
    assertThat(f.get(2).speakers()).containsExactly("Austria");
    assertThat(f.get(3).speakers()).containsExactly("Austria");
    assertThat(f.get(4).speakers()).as("a pronoun continues").containsExactly("Austria");
    assertThat(f.get(5).speakers())
        .as("the person, learnt with her State")
        .containsExactly("Austria");
  }

  @Test
  void aPresidencyLineGivesThePresidentItsState() {
    var f =
        enrich(
            "CC-Minutes-8-May-2013.docx",
            "Minutes of the Coordination Committee meeting, 8 May 2013",
            "Zambia – 4MSP President",
            "# 2. Preparations for the Fourth Meeting",
            "The Chair recalled the dates agreed for the Meeting and the venue in Lusaka.");
    assertThat(f.get(3).speakers()).containsExactly("Zambia");
  }

  @Test
  void coordinatorsInAnAppositionSpeakButAStateAfterAlongsideDoesNot() {
    var f =
        enrich(
            "Intersessional-2017-summary.docx",
            "Intersessional Meetings 2017 – Session on clearance",
            "The Coordinators, Iraq and Italy, briefed the meeting on the survey methods in use.",
            "Italy, on behalf of the Coordinators, briefed participants on the revised guide.",
            "Germany representing the Article 4 Analysis Group",
            "Peru – statement and slides on land release in two provinces",
            "Statements were delivered by: Chile, Iraq, ICRC and CMC.",
            "Finland said it had completed the destruction of its stockpile.",
            "The meeting welcomed the ratification by Sweden.");
    assertThat(f.get(1).speakers()).containsExactly("Iraq", "Italy");
    assertThat(f.get(2).speakers()).containsExactly("Italy");
    assertThat(f.get(3).speakers()).containsExactly("Germany");
    assertThat(f.get(4).speakers()).containsExactly("Peru");
    assertThat(f.get(5).speakers()).containsExactly("Chile", "Iraq", "ICRC", "CMC");
    assertThat(f.get(6).speakers()).containsExactly("Finland");
    assertThat(f.get(7).speakers()).as("welcomed is a mention").isEmpty();
  }

  @Test
  void aBareListOfDelegationsUnderASessionHeadingSpeaks() {
    var f =
        enrich(
            "Intersessional-2018-summary.docx",
            "Intersessional Meetings 2018",
            "# Session 4: Victim assistance",
            "Chile, Germany, Iraq, ICRC, CMC");
    assertThat(f.get(2).speakers()).containsExactly("Chile", "Germany", "Iraq", "ICRC", "CMC");
  }

  @Test
  void aListLabelSpeaksInASummaryButNotInMinutes() {
    var summary =
        enrich(
            "Intersessional-2016-summary.docx",
            "Intersessional Meetings 2016 – country updates",
            "- Peru: clearance completed in two provinces.");
    assertThat(summary.get(1).speakers()).containsExactly("Peru");
  }

  @Test
  void nationalityAdjectivesNameTheirState() {
    var en =
        enrich(
            "Press-release-9MSP.docx",
            "GENEVA, 3 September 2019 – The Ninth Meeting of States Parties opened today.",
            "The Swiss statement stressed the need for predictable funding for clearance.");
    assertThat(en.get(1).speakers()).containsExactly("Switzerland");
    var es =
        enrich(
            "Comunicado-9MSP.docx",
            "GINEBRA, 3 de septiembre de 2019 – Comenzó hoy la reunión de los Estados Partes.",
            "La ministra chilena afirmó que su país seguirá apoyando la asistencia a las víctimas.");
    assertThat(es.get(1).speakers()).containsExactly("Chile");
    var fr =
        enrich(
            "Communique-9MSP.docx",
            "GENÈVE, 3 septembre 2019 – La réunion des États parties s'est ouverte aujourd'hui.",
            "La délégation mexicaine a rappelé l'importance de l'universalisation de la Convention.");
    assertThat(fr.get(1).speakers()).containsExactly("Mexico");
  }

  @Test
  void everyParagraphOfAStatementSpeaksForTheAuthorOfItsTitle() {
    var f =
        enrich(
            "Declaration-VA-9MSP.docx",
            "Déclaration française",
            "Genève, 3 septembre 2019",
            "Monsieur le Président,",
            "Nous saluons le travail de la Présidence néerlandaise et remercions la Norvège pour"
                + " son soutien aux coordonnateurs.",
            "Nous rappelons enfin que l'article 5 engage chaque État partie.");
    assertThat(f.get(0).speakers()).as("the title line").isEmpty();
    assertThat(f.get(1).speakers()).as("the delivery line").isEmpty();
    assertThat(f.get(3).speakers()).containsExactly("France");
    assertThat(f.get(3).countries()).contains("Norway");
    assertThat(f.get(4).speakers()).containsExactly("France");
  }

  @Test
  void aStatementNamedOnlyInItsFileNameSpeaksForThatState() {
    var f =
        enrich(
            "Statement-Ireland-VA-9MSP.docx",
            "Check against delivery",
            "Mr President, for my country victim assistance remains a priority under Article 5,"
                + " and we thank Chile for its leadership.");
    assertThat(f.get(1).speakers()).containsExactly("Ireland");
  }

  @Test
  void aStatementListedInsideAPressReleaseIsNotItsByline() {
    List<PassageFacts> f =
        ENRICHER
            .enrich(
                "Press-release-intersessional-2019.docx",
                Passages.of(
                    "Intersessional Meetings close in Geneva",
                    "- Statement by Chile on victim assistance",
                    "Peru announced that it had finished clearing the last contaminated area."),
                new Sidecar.Overrides(Map.of("type", "press release")))
            .passages();
    assertThat(f.get(2).speakers()).containsExactly("Peru");
  }

  @Test
  void anArabicStatementSpeaksForItsStateAndCitesOrdinalArticles() {
    var f =
        enrich(
            "Statement-Iraq-9MSP.docx",
            "بيان جمهورية العراق",
            "يؤكد العراق أهمية تطهير الأراضي الملوثة بموجب المادة الرابعة من الاتفاقية، ويشكر"
                + " ألمانيا على دعمها.");
    assertThat(f.get(1).speakers()).containsExactly("Iraq");
    assertThat(f.get(1).articles()).containsExactly("Article 4");
    assertThat(f.get(1).countries()).contains("Germany");
  }

  @Test
  void anArabicSummaryPutsTheVerbBeforeItsSubject() {
    var f =
        enrich(
            "Summary-session-ar.docx",
            "ملخص الجلسة الثالثة",
            "وأكدت ألمانيا أهمية المساعدة الدولية في إطار المادة 6 من الاتفاقية.");
    assertThat(f.get(1).speakers()).containsExactly("Germany");
    assertThat(f.get(1).articles()).containsExactly("Article 6");
  }

  @Test
  void aRussianStatementAndSummaryFindTheirSubjectsInAnyCase() {
    var f =
        enrich(
            "Statement-Russia-ru.docx",
            "Выступление делегации Российской Федерации",
            "Российская Федерация придает большое значение выполнению обязательств в соответствии"
                + " со статьёй 4 Конвенции.");
    assertThat(f.get(1).speakers()).containsExactly("Russian Federation");
    assertThat(f.get(1).articles()).containsExactly("Article 4");
    var summary =
        enrich(
            "Summary-session-ru.docx",
            "Итоги третьего заседания",
            "Германия сообщила о ходе подготовки докладов по статье 7, а Франция приветствовала"
                + " эту работу.");
    assertThat(summary.get(1).speakers()).containsExactly("Germany", "France");
  }

  @Test
  void aChineseStatementSpeaksForItsDelegationAndCitesArticlesAroundTheirNumber() {
    var f = enrich("Statement-China-zh.docx", "中国代表团发言", "中国代表团欢迎各方根据第四条开展清除工作，并感谢德国的支持。");
    assertThat(f.get(1).speakers()).containsExactly("China");
    assertThat(f.get(1).articles()).containsExactly("Article 4");
    assertThat(f.get(1).countries()).contains("Germany");
  }

  @Test
  void theSpeakerAfterAQuotationsVerbSpeaks() {
    var f =
        enrich(
            "News-3MSP-closing.docx",
            "Oslo meeting ends with a call to clear faster",
            "\"We have no time to lose in the fields,\" said a CMC spokesperson after the vote.",
            "« Le déminage avance », a déclaré l'ambassadeur chilien devant la presse.",
            "\"A plan that every State can follow,\" the Norwegian presidency said in closing.");
    assertThat(f.get(1).speakers()).containsExactly("CMC");
    assertThat(f.get(2).speakers()).containsExactly("Chile");
    assertThat(f.get(3).speakers()).as("a quotation's 'that' is over").containsExactly("Norway");
  }

  @Test
  void aSurnameWithItsStateInBracketsAndASurnameWithAParticleSpeak() {
    var f =
        enrich(
            "CC-Minutes-5-May-2024.docx",
            "Minutes of the Coordination Committee meeting, 5 May 2024",
            "# 2. Updates",
            "Okonjo (Kenya) informed members of a regional seminar planned for October.",
            "Mr van Leeuwen of the Netherlands presented the draft guide.",
            "Mr van Leeuwen later added that comments were welcome until June.");
    assertThat(f.get(2).speakers()).containsExactly("Kenya");
    assertThat(f.get(3).speakers()).containsExactly("Netherlands");
    assertThat(f.get(4).speakers()).containsExactly("Netherlands");
  }

  @Test
  void aPassiveOpeningMayDateTheActBeforeItsAgent() {
    var f =
        enrich(
            "Final-Report-extract.docx",
            "Final report (extract)",
            "1. The Meeting was opened on 2 March 2015 by its President, Ambassador Ana Ruiz of"
                + " Colombia.");
    assertThat(f.get(1).speakers()).containsExactly("Colombia");
  }

  @Test
  void aChineseListAfterAFullWidthColonSpeaksAndAnObjectDoesNot() {
    var f =
        enrich(
            "Summary-zh.docx",
            "会议摘要",
            "在本场会议上发言的还有：德国、瑞士和红十字国际委员会。",
            "- 秘鲁：关于清除工作的发言",
            "多国代表团对智利退出讨论表示遗憾。");
    assertThat(f.get(1).speakers()).containsExactly("Germany", "Switzerland", "ICRC");
    assertThat(f.get(2).speakers()).containsExactly("Peru");
    assertThat(f.get(3).speakers()).isEmpty();
  }

  @Test
  void aRussianListLineMayPutACommaBeforeItsParticiple() {
    var f =
        enrich(
            "Summary-ru.docx",
            "Краткий обзор заседаний",
            "- Италия, представляющая группу доноров",
            "Норвегия и Перу рассказали о ходе работы.");
    assertThat(f.get(1).speakers()).containsExactly("Italy");
    assertThat(f.get(2).speakers()).containsExactly("Norway", "Peru");
  }
}
