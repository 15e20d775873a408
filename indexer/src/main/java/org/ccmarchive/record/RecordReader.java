package org.ccmarchive.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.extract.Extractor;
import org.ccmarchive.structure.PassageBuilder;

/** Reads one corpus file into an {@link ArchiveRecord}: extract, then structure. */
public final class RecordReader {

  private final Extractor extractor;
  private final PassageBuilder passageBuilder;

  public RecordReader(Extractor extractor, PassageBuilder passageBuilder) {
    this.extractor = extractor;
    this.passageBuilder = passageBuilder;
  }

  public ArchiveRecord read(Path corpusRoot, Path file) throws ExtractionException {
    ExtractedDocument doc = extractor.extract(file);
    Path relative = corpusRoot.relativize(file);
    String title = doc.title().orElseGet(() -> RecordIds.titleFromFileName(file));
    return new ArchiveRecord(
        RecordIds.forPath(relative),
        relative.toString().replace('\\', '/'),
        doc.mediaType(),
        doc.format(),
        size(file),
        doc.pageCount(),
        RecordMetadata.titled(title),
        passageBuilder.build(doc));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
