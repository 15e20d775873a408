package org.ccmarchive.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/**
 * Reads a PDF's text layer with PDFBox directly, line by line with positions and fonts, so that
 * paragraphs and headings come from the page's geometry ({@link PdfParagraphs}) rather than from
 * Tika's XHTML, which hands over PDFBox's own paragraph guess and drops the positions. A file this
 * cannot read well (unreadable, encrypted, with pages that have no text layer and may need OCR, or
 * whose text is an OCR engine's invisible layer) is left to Tika.
 */
final class PdfTextLayer {

  /** A page with fewer characters than this has no text layer worth the name (Tika's OCR test). */
  private static final int MIN_PAGE_CHARS = 10;

  /** Percent of glyphs drawn invisible above which the text layer is an OCR engine's. */
  private static final int MAX_INVISIBLE_SHARE = 50;

  private PdfTextLayer() {}

  /**
   * The document, or empty when Tika should read it instead.
   *
   * @param ocrPossible true when Tika could OCR pages that have no text layer
   * @throws BlockCollector.TextLimitExceeded when the text runs past {@code maxChars}
   */
  static Optional<ExtractedDocument> read(Path file, long maxChars, boolean ocrPossible) {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PdfLines read = PdfLines.of(doc, maxChars);
      List<PdfLine> lines = read.lines();
      int pages = doc.getNumberOfPages();
      // An OCR engine's invisible text layer places words only roughly over the scan: its line
      // ends say nothing of paragraph ends, so it is read as before, by Tika and line lengths.
      if (lines.isEmpty()
          || read.invisibleShare() > MAX_INVISIBLE_SHARE
          || (ocrPossible && textPages(lines) < pages)) {
        return Optional.empty();
      }
      return Optional.of(
          new ExtractedDocument(
              "application/pdf", "PDF", title(doc), pages, PdfParagraphs.blocks(lines), 0, true));
    } catch (IOException | RuntimeException e) {
      if (e instanceof BlockCollector.TextLimitExceeded limit) {
        throw limit;
      }
      return Optional.empty();
    }
  }

  private static int textPages(List<PdfLine> lines) {
    java.util.Map<Integer, Integer> chars = new java.util.HashMap<>();
    for (PdfLine l : lines) {
      chars.merge(l.page(), l.text().replace(" ", "").length(), Integer::sum);
    }
    Set<Integer> pages = new HashSet<>();
    chars.forEach(
        (page, n) -> {
          if (n >= MIN_PAGE_CHARS) {
            pages.add(page);
          }
        });
    return pages.size();
  }

  /** The document information's title, else the XMP Dublin Core title. */
  private static Optional<String> title(PDDocument doc) {
    String info = doc.getDocumentInformation().getTitle();
    if (info != null && !info.isBlank()) {
      return Optional.of(info.strip());
    }
    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return Optional.empty();
    }
    try (InputStream in = metadata.exportXMPMetadata()) {
      XMPMetadata xmp = new DomXmpParser().parse(in);
      DublinCoreSchema dc = xmp.getDublinCoreSchema();
      String t = dc == null ? null : dc.getTitle();
      return t == null || t.isBlank() ? Optional.empty() : Optional.of(t.strip());
    } catch (IOException
        | RuntimeException
        | org.apache.xmpbox.xml.XmpParsingException
        | org.apache.xmpbox.type.BadFieldValueException e) {
      return Optional.empty();
    }
  }
}
