package org.ccmarchive.extract;

import java.util.List;
import java.util.Optional;

/**
 * What Tika found in one file: its blocks of text and the metadata the format carries.
 *
 * @param mediaType detected media type, e.g. {@code application/pdf}
 * @param format short format name shown to users, e.g. {@code PDF}
 * @param title title from the file's own metadata, if any
 * @param pageCount number of pages, 0 for formats without pages
 * @param blocks text blocks in reading order
 * @param ocrPages pages whose text came from OCR (0 when none)
 * @param laidOut true when the blocks are paragraphs read from the page's geometry (a PDF's text
 *     layer read line by line), complete across page breaks: the structure stage takes them as they
 *     are rather than guessing paragraph ends from line lengths
 */
public record ExtractedDocument(
    String mediaType,
    String format,
    Optional<String> title,
    int pageCount,
    List<TextBlock> blocks,
    int ocrPages,
    boolean laidOut) {

  public ExtractedDocument {
    blocks = List.copyOf(blocks);
  }

  public ExtractedDocument(
      String mediaType,
      String format,
      Optional<String> title,
      int pageCount,
      List<TextBlock> blocks,
      int ocrPages) {
    this(mediaType, format, title, pageCount, blocks, ocrPages, false);
  }

  public ExtractedDocument(
      String mediaType,
      String format,
      Optional<String> title,
      int pageCount,
      List<TextBlock> blocks) {
    this(mediaType, format, title, pageCount, blocks, 0);
  }

  /** True when some of the text was recognised from page images. */
  public boolean ocr() {
    return ocrPages > 0;
  }
}
