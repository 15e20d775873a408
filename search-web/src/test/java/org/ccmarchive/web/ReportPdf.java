package org.ccmarchive.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A valid PDF the size of a real annual report: a page of text (so it is indexed without OCR) and a
 * photograph-like image of seeded noise, which no compression shrinks, filling it past {@code
 * minBytes}.
 */
final class ReportPdf {

  private ReportPdf() {}

  static byte[] of(String title, List<String> lines, long minBytes) throws IOException {
    // 3 bytes a pixel, barely compressible: a square of this side fills the file.
    int side = (int) Math.ceil(Math.sqrt(minBytes / 3.0)) + 16;
    BufferedImage noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(42);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        noise.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      doc.getDocumentInformation().setTitle(title);
      PDImageXObject image = LosslessFactory.createFromImage(doc, noise);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
        content.newLineAtOffset(50, 740);
        content.showText(title);
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        for (String line : lines) {
          content.newLineAtOffset(0, -20);
          content.showText(line);
        }
        content.endText();
        content.drawImage(image, 50, 80, 300, 300);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
