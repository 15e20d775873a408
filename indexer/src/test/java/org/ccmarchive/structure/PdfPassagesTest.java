package org.ccmarchive.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.Ocr;
import org.ccmarchive.testing.TextWrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a PDF's printed lines become passages: small PDFs written here with PDFBox, one structural
 * rule each, read through the extractor and the passage builder as the indexer reads them.
 */
class PdfPassagesTest {

  private static final float LEFT = 72;
  private static final float RIGHT = PDRectangle.A4.getWidth() - 72;
  private static final float SIZE = 11;

  @TempDir Path dir;

  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

  /** A line's text, font, size, start and baseline (from the top of the page). */
  private record Line(String text, PDFont font, float size, float x, float y, boolean justify) {}

  private final List<List<Line>> pages = new ArrayList<>(List.of(new ArrayList<>()));

  @Test
  void aFirstLineIndentStartsAParagraphWithNoGapBeforeIt() throws Exception {
    float y = 100;
    y =
        paragraph(
            "The delegation of Norland opened the debate on stockpile destruction and explained how"
                + " its last stocks had been counted, moved and destroyed under the eyes of observers"
                + " from two neighbouring States over the course of the previous winter.",
            18,
            y,
            0);
    paragraph(
        "The delegation of Sudria then described its own programme, which had been slowed by"
            + " heavy rain in the spring but was expected to end before the next meeting of the"
            + " Committee in the autumn of the same year.",
        18,
        y,
        0);
    assertThat(texts()).hasSize(2);
    assertThat(texts().get(1)).startsWith("The delegation of Sudria");
  }

  @Test
  void aLineThatStopsShortOfTheMarginEndsItsParagraph() throws Exception {
    float y = 100;
    y = line("Item 4 was opened by the Chair at ten.", regular, SIZE, LEFT, y, false);
    paragraph(
        "Westland presented its survey results and asked the Committee to note the progress made"
            + " in the two provinces where clearance had started during the previous year.",
        0,
        y,
        0);
    assertThat(texts())
        .containsExactly(
            "Item 4 was opened by the Chair at ten.",
            "Westland presented its survey results and asked the Committee to note the progress made"
                + " in the two provinces where clearance had started during the previous year.");
  }

  @Test
  void wrappedLinesOfARaggedParagraphStayOnePassage() throws Exception {
    String text =
        "The Coordinators circulated a short questionnaire on national focal points and asked"
            + " every affected State to return it before the end of April so that the replies"
            + " could be summarised for the intersessional meetings in Geneva.";
    paragraphRagged(text, 100);
    assertThat(texts()).containsExactly(text);
  }

  @Test
  void aGapWiderThanTheLineSpacingSeparatesParagraphs() throws Exception {
    float y = 100;
    y = paragraph("Eastmark reported on its national plan", 0, y, 0);
    paragraph("Southvale welcomed the plan and offered technical help", 0, y + 8, 0);
    assertThat(texts()).hasSize(2);
  }

  @Test
  void aBoldHeadingInBodySizeIsAHeadingAndNotGluedToTheParagraphAfterIt() throws Exception {
    float y = 100;
    y = line("3. Victim assistance (Article 5)", bold, SIZE, LEFT, y, false);
    paragraph(
        "Northia described the new rehabilitation centre opened in its capital and the training"
            + " of staff for the two regional clinics that were planned for the next year.",
        0,
        y,
        0);
    List<Passage> passages = passages();
    assertThat(passages).hasSize(2);
    assertThat(passages.get(0).kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(passages.get(0).text()).isEqualTo("3. Victim assistance (Article 5)");
    assertThat(passages.get(1).text()).startsWith("Northia described");
  }

  @Test
  void numberedParagraphsOnAHangingIndentAreOnePassageEach() throws Exception {
    float y = 100;
    y =
        hanging(
            "12.",
            "The meeting took note of the report on cooperation and of the offers of support made"
                + " by three donor States during the session on the second day of the meeting.",
            y);
    hanging(
        "13.",
        "The meeting decided to hold its next session in the spring and asked the support unit"
            + " to prepare a draft programme for the members of the Committee.",
        y);
    assertThat(texts()).hasSize(2);
    assertThat(texts().get(0)).startsWith("12. The meeting took note");
    assertThat(texts().get(1)).startsWith("13. The meeting decided");
  }

  @Test
  void bulletItemsOfOneLineAreOnePassageEach() throws Exception {
    float y = 100;
    y = bullet("Norland and Sudria – Coordinators on clearance (Article 4)", y);
    y = bullet("Westland and Eastmark – Coordinators on stockpile destruction", y);
    bullet("Support unit and observers", y);
    assertThat(texts()).hasSize(3);
  }

  @Test
  void aParagraphCutByAPageBreakIsOnePassageAndTheRunningFooterIsDropped() throws Exception {
    paragraph(
        "The President recalled that the work plan adopted last year asked every State Party to"
            + " submit its report on time and noted with concern that several reports were late",
        0,
        PDRectangle.A4.getHeight() - 100,
        0,
        true);
    footer(0, "Page 1 of 2");
    pages.add(new ArrayList<>());
    paragraph(
        "for the second year running, which made it harder to prepare the summary tables.",
        0,
        100,
        1);
    footer(1, "Page 2 of 2");
    assertThat(texts())
        .containsExactly(
            "The President recalled that the work plan adopted last year asked every State Party"
                + " to submit its report on time and noted with concern that several reports were"
                + " late for the second year running, which made it harder to prepare the"
                + " summary tables.");
  }

  @Test
  void smallCapitalsReadBackInLowerCase() throws Exception {
    float y = 100;
    float x = LEFT;
    for (String[] run :
        new String[][] {{"S", "1"}, {"ESSION 2: ", "0"}, {"C", "1"}, {"LEARANCE AND ", "0"}}) {
      float size = run[1].equals("1") ? SIZE : SIZE * 0.8f;
      line(run[0], bold, size, x, y, false);
      x += bold.getStringWidth(run[0]) / 1000 * size;
    }
    line("(", bold, SIZE, x, y, false);
    x += bold.getStringWidth("(") / 1000 * SIZE;
    line("A", bold, SIZE, x, y, false);
    x += bold.getStringWidth("A") / 1000 * SIZE;
    line("RTICLE 4)", bold, SIZE * 0.8f, x, y, false);
    assertThat(texts()).containsExactly("Session 2: Clearance and (Article 4)");
  }

  @Test
  void centredTitleLinesAreNotJoinedToTheTextBelowThem() throws Exception {
    float y = 100;
    y = centred("Third Meeting of the Committee", y);
    y = centred("Held on Monday 4 March at the Mission of Norland", y);
    y += 6;
    line("Present:", regular, SIZE, LEFT, y, false);
    assertThat(texts()).contains("Present:");
  }

  @Test
  void whereLinesAreWrappedAtACountOfCharactersAShortLineDoesNotEndItsParagraph() throws Exception {
    List<String> paragraphs =
        List.of(
            "Norland said that the survey of the northern districts would end in May and that"
                + " the results would be shared with the Committee before the summer break.",
            "Sudria asked for more time to destroy the last of its stocks, since the plant had"
                + " been closed for repairs during most of the previous year.",
            "Westland offered to host a workshop on victim assistance for the region and invited"
                + " the Coordinators to help prepare its programme.",
            "Eastmark welcomed the offer and said that it would send two experts to the workshop"
                + " if the dates were known early enough.");
    float y = 100;
    for (String text : paragraphs) {
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        if (!line.isEmpty() && line.length() + 1 + word.length() > 60) {
          y = line(line.toString(), regular, SIZE, LEFT, y, false);
          line.setLength(0);
        }
        line.append(line.isEmpty() ? "" : " ").append(word);
      }
      y = line(line.toString(), regular, SIZE, LEFT, y, false) + 8;
    }
    assertThat(texts()).containsExactlyElementsOf(paragraphs);
  }

  @Test
  void anInvisibleOcrTextLayerIsNotReadAsPageGeometry() throws Exception {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(regular, SIZE);
        cs.setRenderingMode(RenderingMode.NEITHER);
        cs.newLineAtOffset(LEFT, 700);
        cs.showText("Minutes of the meeting of the Committee held in the spring");
        cs.endText();
      }
      doc.save(file.toFile());
    }
    ExtractedDocument read =
        new DocumentExtractor(DocumentExtractor.DEFAULT_MAX_CHARS, Ocr.off()).extract(file);
    assertThat(read.laidOut()).isFalse();
    assertThat(read.blocks()).isNotEmpty();
  }

  // --- writing the PDF --------------------------------------------------------------------

  private float line(String text, PDFont font, float size, float x, float y, boolean justify) {
    pages.getLast().add(new Line(text, font, size, x, y, justify));
    return y + 13.5f;
  }

  private void footer(int page, String text) {
    pages
        .get(page)
        .add(new Line(text, regular, 9, RIGHT - 60, PDRectangle.A4.getHeight() - 40, false));
  }

  /** A justified paragraph at the left margin, its first line {@code indent} in. */
  private float paragraph(String text, float indent, float y, int page) throws IOException {
    return paragraph(text, indent, y, page, false);
  }

  /** {@code cut}: the text goes on over the page, so its last line here is justified too. */
  private float paragraph(String text, float indent, float y, int page, boolean cut)
      throws IOException {
    List<String> lines = wrap(text, LEFT + indent, LEFT);
    for (int i = 0; i < lines.size(); i++) {
      pages
          .get(page)
          .add(
              new Line(
                  lines.get(i),
                  regular,
                  SIZE,
                  i == 0 ? LEFT + indent : LEFT,
                  y,
                  cut || i < lines.size() - 1));
      y += 13.5f;
    }
    return y;
  }

  private float paragraphRagged(String text, float y) throws IOException {
    for (String l : wrap(text, LEFT, LEFT)) {
      y = line(l, regular, SIZE, LEFT, y, false);
    }
    return y;
  }

  private float hanging(String number, String text, float y) throws IOException {
    line(number, regular, SIZE, LEFT, y, false);
    List<String> lines = wrap(text, LEFT + 28, LEFT + 28);
    for (int i = 0; i < lines.size(); i++) {
      y = line(lines.get(i), regular, SIZE, LEFT + 28, y, i < lines.size() - 1);
    }
    return y + 4;
  }

  private float bullet(String text, float y) {
    line("•", regular, SIZE, LEFT + 10, y, false);
    return line(text, regular, SIZE, LEFT + 24, y, false);
  }

  private float centred(String text, float y) throws IOException {
    float w = regular.getStringWidth(text) / 1000 * 12;
    line(text, regular, 12, LEFT + (RIGHT - LEFT - w) / 2, y, false);
    return y + 15;
  }

  private List<String> wrap(String text, float firstX, float restX) throws IOException {
    return TextWrap.lines(text, regular, SIZE, RIGHT - firstX, RIGHT - restX);
  }

  private Path write() throws IOException {
    Path file = dir.resolve("record.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (List<Line> page : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          for (Line l : page) {
            float spacing = 0;
            int spaces = (int) l.text().chars().filter(c -> c == ' ').count();
            if (l.justify() && spaces > 0) {
              float w = l.font().getStringWidth(l.text()) / 1000 * l.size();
              spacing = (RIGHT - l.x() - w) / spaces;
            }
            cs.beginText();
            cs.setFont(l.font(), l.size());
            cs.setWordSpacing(spacing);
            cs.newLineAtOffset(l.x(), PDRectangle.A4.getHeight() - l.y());
            cs.showText(l.text());
            cs.endText();
          }
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private List<Passage> passages() throws Exception {
    return new PassageBuilder()
        .build(
            new DocumentExtractor(DocumentExtractor.DEFAULT_MAX_CHARS, Ocr.off()).extract(write()));
  }

  private List<String> texts() throws Exception {
    return passages().stream().map(Passage::text).toList();
  }
}
