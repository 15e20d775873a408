package org.ccmarchive.bench.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.RecordDocuments;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.record.RecordMetadata;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.PassageBuilder;

/**
 * Indexes files with the indexer's own stages, timing each one on its own: Tika extraction, the
 * step from blocks to a record (structure; enrichment when the indexer has it), and Lucene
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
    DocumentExtractor extractor = new DocumentExtractor();
    PassageBuilder builder = new PassageBuilder();
    RecordDocuments documents = new RecordDocuments(schema);
    long extract = 0;
    long structure = 0;
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
        ExtractedDocument doc;
        try {
          doc = extractor.extract(file);
        } catch (ExtractionException e) {
          failed++;
          continue;
        }
        long t1 = System.nanoTime();
        ArchiveRecord record = record(root, file, doc, builder.build(doc));
        long t2 = System.nanoTime();
        writer.addDocuments(documents.documents(record));
        long t3 = System.nanoTime();
        extract += t1 - t0;
        structure += t2 - t1;
        lucene += t3 - t2;
        passages += record.passages().size();
        for (Passage p : record.passages()) {
          textBytes += p.text().getBytes(StandardCharsets.UTF_8).length;
        }
      }
      long t4 = System.nanoTime();
      writer.commit();
      lucene += System.nanoTime() - t4;
    }
    return new Split(
        files.size(), failed, passages, textBytes, extract / 1e9, structure / 1e9, lucene / 1e9);
  }

  /** As the indexer's RecordReader builds it, with the structure step timed apart. */
  private static ArchiveRecord record(
      Path root, Path file, ExtractedDocument doc, List<Passage> passages) throws IOException {
    Path relative = root.relativize(file);
    String title = doc.title().orElseGet(() -> RecordIds.titleFromFileName(file));
    return new ArchiveRecord(
        RecordIds.forPath(relative),
        relative.toString().replace('\\', '/'),
        doc.mediaType(),
        doc.format(),
        Files.size(file),
        doc.pageCount(),
        RecordMetadata.titled(title),
        passages);
  }
}
