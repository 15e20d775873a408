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
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.SAXException;

/** Extracts text blocks and metadata from one file with Apache Tika. */
public final class DocumentExtractor {

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

  private final Parser parser;
  private final long maxChars;

  public DocumentExtractor() {
    this(new AutoDetectParser(), DEFAULT_MAX_CHARS);
  }

  public DocumentExtractor(Parser parser, long maxChars) {
    this.parser = parser;
    this.maxChars = maxChars;
  }

  /** True when the file's media type is one the archive indexes. */
  public static boolean isSupportedMediaType(String mediaType) {
    return FORMAT_NAMES.containsKey(mediaType);
  }

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
      parser.parse(in, collector, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("encrypted or password-protected", e);
    } catch (ZeroByteFileException e) {
      throw new ExtractionException("empty file", e);
    } catch (BlockCollector.TextLimitExceeded e) {
      throw new ExtractionException(e.getMessage(), e);
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      throw new ExtractionException("unreadable or corrupt file: " + rootMessage(e), e);
    }
    String mediaType = baseType(metadata.get(Metadata.CONTENT_TYPE));
    if (!isSupportedMediaType(mediaType)) {
      throw new ExtractionException("unsupported format: " + mediaType);
    }
    var blocks = collector.blocks();
    if (blocks.isEmpty()) {
      throw new ExtractionException("no text layer (nothing to index)");
    }
    Integer pages = metadata.getInt(PagedText.N_PAGES);
    int pageCount = pages != null ? pages : collector.pages();
    return new ExtractedDocument(
        mediaType, FORMAT_NAMES.get(mediaType), title(metadata), pageCount, blocks);
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
