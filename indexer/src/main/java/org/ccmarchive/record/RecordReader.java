package org.ccmarchive.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccmarchive.enrich.Enricher;
import org.ccmarchive.enrich.RecordFacts;
import org.ccmarchive.enrich.Sidecar;
import org.ccmarchive.enrich.TitleFinder;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.extract.Extractor;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.PassageBuilder;

/**
 * Reads one corpus file into an {@link ArchiveRecord}: extract, structure, then enrich (record
 * facts and per-passage speakers, articles, topics, decisions), with the corpus's sidecar metadata
 * winning over what extraction found.
 */
public final class RecordReader {

  private final Extractor extractor;
  private final PassageBuilder passageBuilder;
  private final Enricher enricher;
  private final TitleFinder titles = new TitleFinder();

  public RecordReader(Extractor extractor, PassageBuilder passageBuilder) {
    this(extractor, passageBuilder, Enricher.standard());
  }

  public RecordReader(Extractor extractor, PassageBuilder passageBuilder, Enricher enricher) {
    this.extractor = extractor;
    this.passageBuilder = passageBuilder;
    this.enricher = enricher;
  }

  /** Reads {@code file} with the corpus's sidecar metadata as it is now. */
  public ArchiveRecord read(Path corpusRoot, Path file) throws ExtractionException {
    return read(corpusRoot, file, Sidecar.loadOrUnreadable(corpusRoot));
  }

  /** Reads {@code file} with {@code sidecar}, loaded once by a run for all its files. */
  public ArchiveRecord read(Path corpusRoot, Path file, Sidecar sidecar)
      throws ExtractionException {
    ExtractedDocument doc = extractor.extract(file);
    Path relative = corpusRoot.relativize(file);
    String relativeName = relative.toString().replace('\\', '/');
    List<Passage> passages = passageBuilder.build(doc);
    Sidecar.Overrides overrides;
    try {
      overrides = sidecar.overridesFor(relativeName, file);
      overrides.validate();
    } catch (IOException | IllegalArgumentException e) {
      throw new ExtractionException("bad sidecar metadata: " + e.getMessage(), e);
    }
    Enricher.Enrichment enrichment;
    try {
      enrichment = enricher.enrich(relativeName, passages, overrides);
    } catch (RuntimeException e) {
      // A bug in one rule must cost one record, reported, never the whole run.
      throw new ExtractionException("enrichment failed: " + e, e);
    }
    String title =
        overrides
            .get("title")
            .or(() -> titles.find(doc.title(), passages))
            .orElseGet(() -> RecordIds.titleFromFileName(file));
    return new ArchiveRecord(
        RecordIds.forPath(relative),
        relativeName,
        doc.mediaType(),
        doc.format(),
        size(file),
        doc.pageCount(),
        metadata(title, enrichment.record()),
        passages,
        enrichment.passages());
  }

  private static RecordMetadata metadata(String title, RecordFacts f) {
    return new RecordMetadata(
        title,
        f.type(),
        f.meeting(),
        f.date(),
        f.language(),
        f.symbol(),
        f.citedSymbols(),
        f.place(),
        f.attendance());
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
