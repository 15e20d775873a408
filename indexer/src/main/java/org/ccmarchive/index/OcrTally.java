package org.ccmarchive.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.extract.Extractor;

/**
 * Passes extraction through and remembers how many pages of each file were OCR'd, so the indexer
 * can mark the record without the record model having to carry it.
 */
public final class OcrTally implements Extractor {

  private final Extractor delegate;
  private final Map<Path, Integer> ocrPages = new ConcurrentHashMap<>();

  public OcrTally(Extractor delegate) {
    this.delegate = delegate;
  }

  @Override
  public ExtractedDocument extract(Path file) throws ExtractionException {
    ExtractedDocument doc = delegate.extract(file);
    ocrPages.put(file, doc.ocrPages());
    return doc;
  }

  /** OCR'd pages of {@code file} in its last extraction, forgetting it. */
  int take(Path file) {
    Integer n = ocrPages.remove(file);
    return n == null ? 0 : n;
  }
}
