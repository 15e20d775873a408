package org.ccmarchive.bench.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.enrich.Sidecar;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.extract.Extractor;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.RecordDocuments;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.PassageBuilder;

/**
 * Indexes files with the indexer's own stages, timing each one on its own: Tika extraction, the
 * step from blocks to a record (structure and enrichment, through the indexer's RecordReader; until
 * 2026-12-05 this step skipped enrichment, which hid its cost), and Lucene
 * (building documents, analysis, writing, commit). Single-threaded, so each time is CPU time of one
 * core on an idle machine.
 */
public final class StageTimes {

  /** Seconds per stage, files, and the UTF-8 bytes of passage text given to Lucene. */
  public record Split(
      int files,
      int failed,
      long passages,
      long textBytes,
      double extract,
      double structure,
      double lucene) {

    public double total() {
      return extract + structure + lucene;
    }

    /** GB of passage text per hour of Lucene time on one core. */
    public double luceneGbPerHour() {
      return textBytes / 1e9 / (lucene / 3600);
    }
  }

  private StageTimes() {}

  public static Split measure(Path root, List<Path> files, Path indexDir) throws IOException {
    IndexSchema schema = new IndexSchema();
    TimedExtractor extractor = new TimedExtractor(new DocumentExtractor());
    // The indexer's own reader: structure and enrichment, exactly as an indexing run does them.
    RecordReader reader = new RecordReader(extractor, new PassageBuilder());
    Sidecar sidecar = Sidecar.loadOrUnreadable(root);
    RecordDocuments documents = new RecordDocuments(schema);
    long read = 0;
    long lucene = 0;
    long passages = 0;
    long textBytes = 0;
    int failed = 0;
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    try (var dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (Path file : files) {
        long t0 = System.nanoTime();
        ArchiveRecord record;
        try {
          record = reader.read(root, file, sidecar);
        } catch (ExtractionException e) {
          failed++;
          continue;
        }
        long t1 = System.nanoTime();
        writer.addDocuments(documents.documents(record));
        long t2 = System.nanoTime();
        read += t1 - t0;
        lucene += t2 - t1;
        passages += record.passages().size();
        for (Passage p : record.passages()) {
          textBytes += p.text().getBytes(StandardCharsets.UTF_8).length;
        }
      }
      long t3 = System.nanoTime();
      writer.commit();
      lucene += System.nanoTime() - t3;
    }
    double extract = extractor.nanos / 1e9;
    return new Split(
        files.size(), failed, passages, textBytes, extract, read / 1e9 - extract, lucene / 1e9);
  }

  /** Times the Tika extraction inside the record reader, so structure + enrichment is the rest. */
  private static final class TimedExtractor implements Extractor {
    private final Extractor inner;
    private long nanos;

    TimedExtractor(Extractor inner) {
      this.inner = inner;
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
      long t = System.nanoTime();
      try {
        return inner.extract(file);
      } finally {
        nanos += System.nanoTime() - t;
      }
    }
  }
}
