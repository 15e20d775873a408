package org.ccmarchive.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.TextBlock;
import org.ccmarchive.extract.TextBlock.Kind;
import org.junit.jupiter.api.Test;

class PassageBuilderTest {

  private final PassageBuilder builder = new PassageBuilder();

  private List<Passage> build(TextBlock... blocks) {
    return builder.build(
        new ExtractedDocument("application/pdf", "PDF", Optional.empty(), 2, List.of(blocks)));
  }

  private static TextBlock p(String text, int page) {
    return new TextBlock(Kind.PARAGRAPH, text, page);
  }

  @Test
  void paragraphCutByPageBreakIsRejoinedWhenItContinuesInLowerCase() {
    var passages =
        build(
            p(
                "Norway outlined the Coordinators' intentions to collaborate with the Article 6\nCoordinators and to advocate for",
                4),
            p("obligations.", 5));
    assertThat(passages).hasSize(1);
    assertThat(passages.getFirst().text())
        .isEqualTo(
            "Norway outlined the Coordinators' intentions to collaborate with the Article 6 Coordinators and to advocate for obligations.");
    assertThat(passages.getFirst().page()).isEqualTo(4);
  }

  @Test
  void shortTitleLinesStayApartEvenBeforeLowerCase() {
    var passages =
        build(
            p("MINUTES OF A MEETING OF THE CCM COORDINATION COMMITTEE", 1),
            p("held on Tuesday, 30 January 2024", 1));
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly(
            "MINUTES OF A MEETING OF THE CCM COORDINATION COMMITTEE",
            "held on Tuesday, 30 January 2024");
  }

  @Test
  void terminatedParagraphIsNotJoinedToTheNext() {
    var passages =
        build(
            p(
                "The Committee reviewed and approved the minutes of the meeting held on 13 November 2023.",
                1),
            p("and then", 2));
    assertThat(passages).hasSize(2);
  }

  @Test
  void lineEndingInHyphenIsJoinedWithoutSpaceKeepingTheHyphen() {
    var passages =
        build(p("They would hold a half-\nday workshop in conflict-\naffected areas.", 1));
    assertThat(passages.getFirst().text())
        .isEqualTo("They would hold a half-day workshop in conflict-affected areas.");
  }

  @Test
  void plainTextBlockIsSplitOnBlankLines() {
    var passages = build(p("First paragraph.\n\nSecond paragraph\nwrapped here.\n \n\nThird.", 0));
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly("First paragraph.", "Second paragraph wrapped here.", "Third.");
  }

  @Test
  void paragraphNumbersAreKeptAndRecognised() {
    var passages =
        build(
            p("1. As coordinators on Universalization, Norway and Peru will provide an update.", 1),
            p("- 12. The ISU worked to strengthen internal systems.", 1),
            p("13 November 2023 was the date of the previous meeting.", 1),
            p("5.3 Clearance and Risk Education (Italy and Norway)", 1));
    assertThat(passages).extracting(Passage::number).containsExactly("1", "12", null, "5.3");
    assertThat(passages.get(1).text()).startsWith("- 12. The ISU");
  }

  @Test
  void sectionPathNestsNumberedHeadings() {
    var passages =
        build(
            p("5. Presentation and Implementation Status of Work Plans", 1),
            p("5.2 Stockpile Destruction (Netherlands and Zambia)", 1),
            p("The Netherlands and Zambia jointly presented their work plan.", 1),
            p("6. Update by the ISU", 2),
            p("The ISU Director provided updates.", 2));
    assertThat(passages.get(0).kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(passages.get(2).section())
        .isEqualTo(
            "5. Presentation and Implementation Status of Work Plans › 5.2 Stockpile Destruction (Netherlands and Zambia)");
    assertThat(passages.get(2).kind()).isEqualTo(Passage.Kind.PARAGRAPH);
    assertThat(passages.get(4).section()).isEqualTo("6. Update by the ISU");
  }

  @Test
  void ordinalsCountFromOneInReadingOrder() {
    var passages = build(p("Alpha.", 1), p("Beta.", 1), p("Gamma.", 2));
    assertThat(passages).extracting(Passage::ordinal).containsExactly(1, 2, 3);
  }

  @Test
  void footnotesStayApartFromTheBodyParagraphTheyInterrupt() {
    List<Passage> passages =
        build(
            p(
                "it is suggested that the Coordinators on General States and Operation support the"
                    + " Presidency in fulfilling specific",
                1),
            p("1 CCM/MSP/2024/11, paragraph 87", 1),
            p("4 e.g. Universalisation, Storage and stockpile destruction, Victim Assistance,", 1),
            p("International Cooperation and Assistance, and Transparency Measures", 1),
            p("and discrete mandates, and in addition to the work of thematic Coordinators.", 2));
    assertThat(passages).hasSize(3);
    assertThat(passages.get(0).text())
        .endsWith(
            "specific and discrete mandates, and in addition"
                + " to the work of thematic Coordinators.");
    assertThat(passages.get(1).kind()).isEqualTo(Passage.Kind.FOOTNOTE);
    assertThat(passages.get(2).kind()).isEqualTo(Passage.Kind.FOOTNOTE);
    assertThat(passages.get(2).text())
        .endsWith(
            "Victim Assistance, International Cooperation and"
                + " Assistance, and Transparency Measures");
    assertThat(passages.get(2).section()).as("a footnote is never a heading").isEmpty();
  }

  @Test
  void yearAfterAParagraphNumberStillMakesAHeading() {
    List<Passage> passages = build(p("6.4 2023 UNGA Resolution on the CCM", 1));
    assertThat(passages.getFirst().kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(passages.getFirst().number()).isEqualTo("6.4");
  }

  private static final String FULL_LINE_A =
      "The Coordinators presented the draft work plan for the coming year and invited comments";
  private static final String FULL_LINE_B =
      "from members on the proposed indicators, the timeline and the division of the work between";

  @Test
  void aNumberedHeadingAndTwoParagraphsInOnePdfBlockAreSplitAtTheirShortLines() {
    var passages =
        build(
            p(FULL_LINE_A + "\n" + FULL_LINE_B + "\n" + "the two delegations.", 1),
            p(
                "3. Article 4 extension requests\n"
                    + FULL_LINE_A
                    + "\n"
                    + FULL_LINE_B
                    + "\nthe coordinators.\n"
                    + "Peru agreed.\n"
                    + FULL_LINE_A
                    + "\n"
                    + "the end.",
                1),
            p(FULL_LINE_A + "\n" + FULL_LINE_B + "\n" + "them.", 1));
    assertThat(passages)
        .extracting(Passage::text)
        .startsWith(FULL_LINE_A + " " + FULL_LINE_B + " the two delegations.")
        .contains("3. Article 4 extension requests", "Peru agreed.");
    Passage heading = passages.get(1);
    assertThat(heading.kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(passages.get(2).section()).isEqualTo("3. Article 4 extension requests");
    assertThat(passages.get(2).text()).endsWith("the coordinators.");
  }

  @Test
  void pageNumbersGoAndARunningHeaderIsKeptOnce() {
    String body = FULL_LINE_A + "\n" + FULL_LINE_B + "\nthe end.";
    var passages =
        build(
            p("CCM/MSP/2019/6", 1),
            p("1", 1),
            p(body, 1),
            p("CCM/MSP/2019/6", 2),
            p("2", 2),
            p(body.replace("the end.", "the close."), 2),
            p("Page 3 of 3", 3),
            p("CCM/MSP/2019/6", 3),
            p("12 States Parties reported.", 3));
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly(
            "CCM/MSP/2019/6",
            FULL_LINE_A + " " + FULL_LINE_B + " the end.",
            FULL_LINE_A + " " + FULL_LINE_B + " the close.",
            "12 States Parties reported.");
  }

  @Test
  void shortCapitalisedLinesAreNoHeadingsWithoutEvidence() {
    var passages =
        build(
            p("Held on Thursday 24 March 2011 at the Permanent Mission of Lebanon, Geneva", 1),
            p("Lebanon – Ambassador Najla Haddad", 1),
            p("Germany representing the Article 4 Analysis Group", 1),
            p("Item 2: Article 7 Reporting", 1),
            p("Opening Remarks and Adoption of the Agenda", 1),
            p("The President opened the meeting and welcomed the members of the Committee.", 1),
            p("PRESENT:", 1));
    assertThat(passages)
        .extracting(Passage::kind)
        .containsExactly(
            Passage.Kind.PARAGRAPH,
            Passage.Kind.PARAGRAPH,
            Passage.Kind.PARAGRAPH,
            Passage.Kind.HEADING,
            Passage.Kind.HEADING,
            Passage.Kind.PARAGRAPH,
            Passage.Kind.PARAGRAPH);
  }

  @Test
  void aShortSentenceCasePhraseBetweenBodyParagraphsIsAHeadingAVerblessListLineIsNot() {
    String body =
        "Nous remercions la Présidence pour la préparation de cette Assemblée et ses efforts.";
    var passages =
        build(
            p(body, 1),
            p("Destruction des stocks", 1),
            p(body, 1),
            p("Peru – statement on the completion of its programme", 1),
            p(body, 1),
            p("Article 7 – Mesures de transparence", 1),
            p(body, 1));
    assertThat(passages)
        .extracting(Passage::kind)
        .containsExactly(
            Passage.Kind.PARAGRAPH,
            Passage.Kind.HEADING,
            Passage.Kind.PARAGRAPH,
            Passage.Kind.PARAGRAPH,
            Passage.Kind.PARAGRAPH,
            Passage.Kind.HEADING,
            Passage.Kind.PARAGRAPH);
  }

  @Test
  void paragraphsSetTightWithIndentedFirstLinesAreRebuiltFromLineGeometry() {
    // The text layer broke each paragraph after its indented first line.
    String full = FULL_LINE_A;
    var passages =
        build(
            p(full + "\n" + FULL_LINE_B + "\nthe two delegations.", 1),
            p(
                "2. Preparations for the Review Conference\n"
                    + "Mexico outlined the draft timeline: the review document would be circulated by the end of",
                1),
            p(
                "May and the draft action plan in June.\n"
                    + "Chile shared its lessons from the organisation of the Meeting, in particular on sponsorship and",
                1),
            p("on remote participation.\n" + full + "\n" + "the States concerned.", 1));
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly(
            full + " " + FULL_LINE_B + " the two delegations.",
            "2. Preparations for the Review Conference",
            "Mexico outlined the draft timeline: the review document would be circulated by the end of"
                + " May and the draft action plan in June.",
            "Chile shared its lessons from the organisation of the Meeting, in particular on"
                + " sponsorship and on remote participation.",
            full + " the States concerned.");
  }

  @Test
  void aParagraphContinuedOnTheNextPageEndsThereAndTheNextOneStandsApart() {
    var passages =
        build(
            p(FULL_LINE_A + "\n" + FULL_LINE_B + "\n" + FULL_LINE_A, 1),
            p(FULL_LINE_B + " end.", 2),
            p(
                "Zambia emphasized the importance of detailed annual reports on retained munitions.",
                2));
    assertThat(passages).hasSize(2);
    assertThat(passages.get(1).text()).startsWith("Zambia emphasized");
  }
}
