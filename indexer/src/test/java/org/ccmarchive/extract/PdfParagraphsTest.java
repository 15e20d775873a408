package org.ccmarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraph breaks read from printed lines' geometry, on lines laid out here by hand. */
class PdfParagraphsTest {

  private static final float LEFT = 72;
  private static final float SIZE = 11;

  @Test
  void aCentredLineWrappedToTheFullMeasureGoesOnOnTheNextCentredLine() {
    List<PdfLine> lines = new ArrayList<>();
    // A title line of a point larger than the body, centred and wrapped almost to both margins,
    // then its last word centred on the same axis.
    lines.add(
        line(
            "Presented by the Coordinators on cooperation and assistance (Norland and",
            74,
            521,
            100,
            12));
    lines.add(line("Southland)", 270, 325, 115, 12));
    // A justified body: its paragraphs' lines run from margin to margin but their last.
    float y = 140;
    for (int p = 0; p < 4; p++) {
      for (float right : new float[] {523.3f, 523.3f, 523.3f, 430}) {
        lines.add(
            line(
                "words of the body text that run on over the line and stop", LEFT, right, y, SIZE));
        y += 13;
      }
      y += 8;
    }
    List<TextBlock> blocks = PdfParagraphs.blocks(lines);
    assertThat(blocks.getFirst().text())
        .isEqualTo(
            "Presented by the Coordinators on cooperation and assistance (Norland and\nSouthland)");
  }

  private static PdfLine line(String text, float x0, float x1, float y, float size) {
    return new PdfLine(1, text, x0, x1, y, size, false, 4 * size, 0.25f * size);
  }
}
