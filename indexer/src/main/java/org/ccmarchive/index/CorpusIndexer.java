package org.ccmarchive.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordReader;

/**
 * Indexes a corpus folder: every file is read into a record and written with its passages. A file
 * that cannot be read is reported and skipped; the run goes on.
 */
public final class CorpusIndexer {

  private final IndexSchema schema;
  private final RecordReader reader;
  private final PrintStream log;

  public CorpusIndexer(IndexSchema schema, RecordReader reader, PrintStream log) {
    this.schema = schema;
    this.reader = reader;
    this.log = log;
  }

  /** Rebuilds the index at {@code indexDir} from every file in {@code corpus}. */
  public IndexReport rebuild(Path corpus, Path indexDir, Progress progress) throws IOException {
    long start = System.nanoTime();
    Path root = corpus.toAbsolutePath().normalize();
    List<Path> files = CorpusFiles.list(root);
    Files.createDirectories(indexDir);
    List<IndexReport.Failure> failures = new ArrayList<>();
    int indexed = 0;
    long passages = 0;
    long bytes = 0;
    RecordDocuments documents = new RecordDocuments(schema);
    try (Directory dir = openForRebuild(indexDir);
        IndexWriter writer = new IndexWriter(dir, writerConfig())) {
      writer.deleteAll();
      for (Path file : files) {
        long size = Files.size(file);
        String name = root.relativize(file).toString();
        try {
          ArchiveRecord record = reader.read(root, file);
          writer.addDocuments(documents.documents(record));
          indexed++;
          passages += record.passages().size();
        } catch (ExtractionException e) {
          failures.add(new IndexReport.Failure(name, e.getMessage()));
          log.printf("skipped %s: %s%n", name, e.getMessage());
        }
        bytes += size;
        progress.step(name, size);
      }
      writer.setLiveCommitData(
          Map.of(IndexSchema.VERSION_KEY, Integer.toString(IndexSchema.VERSION)).entrySet());
      writer.commit();
    } finally {
      progress.close();
    }
    return new IndexReport(
        indexed, passages, bytes, failures, Duration.ofNanos(System.nanoTime() - start));
  }

  private Directory openForRebuild(Path indexDir) throws IOException {
    Directory dir = FSDirectory.open(indexDir);
    try {
      DamagedIndex.clearIfUnreadable(dir, log);
      return dir;
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  private IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    // A rebuild replaces everything, so CREATE: it also starts over from an index whose commit is
    // damaged (which APPEND would have to read first), as the integrity check tells users to do.
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    return config;
  }
}
