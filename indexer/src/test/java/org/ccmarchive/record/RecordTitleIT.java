package org.ccmarchive.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.PassageBuilder;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles come from the record itself (title block, file metadata, the UN title line), the file name
 * only when the record has none; a cover page is one title block.
 */
class RecordTitleIT {

  private static final RecordReader READER =
      new RecordReader(new DocumentExtractor(), new PassageBuilder());

  @TempDir Path dir;

  /** Each title checked by hand against the record's first page. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CC-Minutes-26-November-2025.pdf | Minutes of the Meeting of the Coordination Committee of the Convention on Cluster Munitions
          CC-Minutes-30-January-2024.docx | Minutes of a Meeting of the CCM Coordination Committee
          ISU-Annual-Report-2024.pdf | Convention on Cluster Munitions Implementation Support Unit – 2024 Annual Report
          Concept-Note-Intersessional-Meeting-2025.pdf | Concept Note from the 13 MSP Presidency
          CC-Acta-12-marzo-2025.docx | Comité de Coordinación — Acta de la reunión del 12 de marzo de 2025
          CC-Proces-verbal-12-mars-2025.docx | Comité de coordination — Procès-verbal de la réunion du 12 mars 2025
          Declaracion-Chile-Limpieza-RI2025.docx | Declaración de Chile — Limpieza y educación sobre el riesgo, reunión entre períodos de sesiones 2025
          Declaration-France-Assistance-aux-victimes-RI2025.docx | Déclaration de la France — Assistance aux victimes, réunion intersessions 2025
          Statement-Universalization-Norway-Peru-IM2025.docx | Statement Universalization Norway Peru IM2025
          """)
  void seedRecordTitleIsTheRecordsOwn(String file, String title) throws Exception {
    Path corpus = TestCorpus.seedCorpus();
    assertThat(READER.read(corpus, corpus.resolve(file)).metadata().title()).isEqualTo(title);
  }

  @Test
  void theCoverBannerOfTheNovember2025MinutesIsOnePassage() throws Exception {
    Path corpus = TestCorpus.seedCorpus();
    List<Passage> passages =
        READER.read(corpus, corpus.resolve("CC-Minutes-26-November-2025.pdf")).passages();
    Passage first = passages.getFirst();
    assertThat(first.kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(first.text())
        .startsWith("3RC\nTHIRD REVIEW CONFERENCE\nOF THE CONVENTION\nON CLUSTER MUNITIONS")
        .endsWith("COORDINATION COMMITTEE OF THE CONVENTION ON CLUSTER MUNITIONS");
    assertThat(passages.get(1).text()).isEqualTo("GICHD, Maison de la Paix");
    assertThat(passages).noneMatch(p -> p.text().equals("THIRD REVIEW CONFERENCE"));
  }

  @Test
  void aCoverPageIsOneTitleBlockAndGivesTheTitle() throws Exception {
    Path pdf = dir.resolve("msp13-report-draft.pdf");
    coverPagePdf(pdf);
    ArchiveRecord record = READER.read(dir, pdf);
    // The metadata title is a word processor's placeholder, not a title.
    assertThat(record.metadata().title())
        .isEqualTo("Report on the Work of the Intersessional Period");
    Passage cover = record.passages().getFirst();
    assertThat(cover.page()).isEqualTo(1);
    assertThat(cover.text().lines().toList())
        .containsExactly(
            "CONVENTION ON CLUSTER MUNITIONS",
            "Thirteenth Meeting of States Parties",
            "Geneva, 16-19 September 2025",
            "Report on the Work of the Intersessional Period");
    assertThat(record.passages().get(1).page()).isEqualTo(2);
    assertThat(record.passages().get(1).section()).isEmpty();
  }

  @Test
  void aFileWithoutATitleOfItsOwnIsNamedForItsFile() throws Exception {
    Path pdf = dir.resolve("Untitled-Note_7.pdf");
    try (PDDocument doc = new PDDocument()) {
      page(doc, List.of(), List.of(BODY));
      doc.save(pdf.toFile());
    }
    assertThat(READER.read(dir, pdf).metadata().title()).isEqualTo("Untitled Note 7");
  }

  private static final String BODY =
      "The Coordination Committee reviewed the preparations for the meeting and the draft"
          + " programme of work, and asked the Implementation Support Unit to circulate it to"
          + " States Parties before the end of the month together with the logistics note.";

  private static void coverPagePdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle("Microsoft Word - msp13-report-draft.docx");
      info.setCreationDate(Calendar.getInstance());
      doc.setDocumentInformation(info);
      page(
          doc,
          List.of(
              "CONVENTION ON CLUSTER MUNITIONS",
              "Thirteenth Meeting of States Parties",
              "Geneva, 16-19 September 2025",
              "Report on the Work of the Intersessional Period"),
          List.of());
      page(doc, List.of(), List.of(BODY, BODY.replace("preparations", "budget")));
      doc.save(file.toFile());
    }
  }

  /** A page of centred short lines set far apart, then body paragraphs wrapped at 90 columns. */
  private static void page(PDDocument doc, List<String> lines, List<String> paragraphs)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      float y = 700;
      for (String line : lines) {
        float width = font.getStringWidth(line) / 1000 * 16;
        text(cs, font, 16, (PDRectangle.A4.getWidth() - width) / 2, y, line);
        y -= 70;
      }
      for (String paragraph : paragraphs) {
        for (String line : wrap(paragraph, 90)) {
          text(cs, font, 11, 72, y, line);
          y -= 14;
        }
        y -= 14;
      }
    }
  }

  private static void text(
      PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static List<String> wrap(String text, int columns) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > columns) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
