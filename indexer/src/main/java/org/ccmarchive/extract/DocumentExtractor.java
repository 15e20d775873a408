package org.ccmarchive.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/** Extracts text blocks and metadata from one file with Apache Tika. */
public final class DocumentExtractor implements Extractor {

  /** Default cap on extracted characters per file (a 500-page report is about 2 M). */
  public static final long DEFAULT_MAX_CHARS = 20_000_000L;

  private static final Map<String, String> FORMAT_NAMES =
      Map.of(
          "application/pdf", "PDF",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
          "application/msword", "DOC",
          "application/vnd.oasis.opendocument.text", "ODT",
          "application/rtf", "RTF",
          "text/html", "HTML",
          "application/xhtml+xml", "HTML",
          "text/plain", "TXT");

  private static final java.util.Set<String> ZIP_CONTAINERS =
      java.util.Set.of(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.oasis.opendocument.text");

  private final AutoDetectParser parser;
  private final long maxChars;
  private final Ocr ocr;
  private final boolean ocrAvailable;
  private final String ocrLanguages;

  public DocumentExtractor() {
    this(DEFAULT_MAX_CHARS, Ocr.defaults());
  }

  public DocumentExtractor(long maxChars, Ocr ocr) {
    this.parser = new AutoDetectParser();
    this.maxChars = maxChars;
    this.ocr = ocr;
    this.ocrAvailable = ocr.available();
    this.ocrLanguages = ocrAvailable ? ocr.tesseractLanguages() : "";
  }

  public Ocr ocr() {
    return ocr;
  }

  /** True when the file's media type is one the archive indexes. */
  public static boolean isSupportedMediaType(String mediaType) {
    return FORMAT_NAMES.containsKey(mediaType);
  }

  @Override
  public ExtractedDocument extract(Path file) throws ExtractionException {
    try {
      if (Files.size(file) == 0) {
        throw new ExtractionException("empty file");
      }
    } catch (IOException e) {
      throw new ExtractionException("cannot read file: " + e.getMessage(), e);
    }
    Metadata metadata = new Metadata();
    BlockCollector collector = new BlockCollector(maxChars);
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      // Detect first: an unsupported file (image, executable, noise) is never handed to a parser.
      String detected = baseType(parser.getDetector().detect(in, metadata).toString());
      if (!isSupportedMediaType(detected)) {
        throw new ExtractionException(unsupported(detected, file));
      }
      if (ZIP_CONTAINERS.contains(detected)) {
        ZipBombCheck.check(file);
      }
      if (detected.equals("application/pdf")) {
        Optional<ExtractedDocument> laidOut = PdfTextLayer.read(file, maxChars, ocrAvailable);
        if (laidOut.isPresent()) {
          return laidOut.get();
        }
      }
      parser.parse(in, collector, metadata, parseContext());
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("encrypted or password-protected", e);
    } catch (ZeroByteFileException e) {
      throw new ExtractionException("empty file", e);
    } catch (BlockCollector.TextLimitExceeded e) {
      throw new ExtractionException(e.getMessage(), e);
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      throw new ExtractionException(failureReason(e), e);
    }
    String mediaType = baseType(metadata.get(Metadata.CONTENT_TYPE));
    if (!isSupportedMediaType(mediaType)) {
      throw new ExtractionException(unsupported(mediaType, file));
    }
    var blocks = collector.blocks();
    if (blocks.isEmpty()) {
      throw new ExtractionException(noTextReason(mediaType));
    }
    Integer pages = metadata.getInt(PagedText.N_PAGES);
    int pageCount = pages != null ? pages : collector.pages();
    Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
    return new ExtractedDocument(
        mediaType,
        FORMAT_NAMES.get(mediaType),
        title(metadata),
        pageCount,
        blocks,
        ocrPages == null ? 0 : ocrPages);
  }

  /**
   * Tika's settings for the PDFs it reads: those {@link PdfTextLayer} leaves to it (pages without a
   * text layer, files PDFBox cannot open on its own). PDF pages are OCR'd only when they carry
   * (almost) no text ({@code AUTO}); pages with a text layer are extracted as text. Tesseract reads
   * the configured languages. PDFBox does only what the archive indexes: text in content-stream
   * order (records are written top to bottom, and sorting every glyph by position is PDFBox's
   * costliest option), no annotation or form text, no inline images, no scan for incremental
   * updates.
   */
  private ParseContext parseContext() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setSortByPosition(false);
    pdf.setExtractAnnotationText(false);
    pdf.setExtractAcroFormContent(false);
    pdf.setExtractInlineImages(false);
    pdf.setExtractMarkedContent(false);
    pdf.setExtractActions(false);
    pdf.setExtractIncrementalUpdateInfo(false);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    if (ocrAvailable) {
      pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
      tesseract.setLanguage(ocrLanguages);
    } else {
      pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
      tesseract.setSkipOcr(true);
    }
    context.set(PDFParserConfig.class, pdf);
    context.set(TesseractOCRConfig.class, tesseract);
    return context;
  }

  private String noTextReason(String mediaType) {
    if (!mediaType.equals("application/pdf")) {
      return "no text (nothing to index)";
    }
    if (!ocr.enabled()) {
      return "no text layer; OCR switched off";
    }
    return ocrAvailable ? "no text layer; OCR found no text" : "no text layer; OCR unavailable";
  }

  private static String unsupported(String mediaType, Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 ? name.substring(dot) : "";
    return "unsupported format: " + mediaType + (ext.isEmpty() ? "" : " (named " + ext + ")");
  }

  private static String failureReason(Throwable e) {
    String root = rootMessage(e);
    if (root.toLowerCase(Locale.ROOT).contains("zip bomb")) {
      return "suspected zip bomb (compression ratio too high): " + root;
    }
    return "unreadable or corrupt file: " + root;
  }

  private static Optional<String> title(Metadata metadata) {
    return Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE))
        .map(String::strip)
        .filter(t -> !t.isEmpty());
  }

  private static String baseType(String contentType) {
    if (contentType == null) {
      return "application/octet-stream";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
