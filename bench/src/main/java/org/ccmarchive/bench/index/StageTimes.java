package org.ccmarchive.bench.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.enrich.Sidecar;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.extract.Extractor;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.RecordDocuments;
import org.ccmarchive.language.LanguageIdentifier;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.PassageBuilder;

/**
 * Indexes files with the indexer's own stages on one thread, timing each in CPU time of that thread
 * and of the common fork-join pool Lingua uses for it (robust to a busy machine): Tika extraction;
 * structure (blocks to passages); enrichment (the rest of the indexer's {@link RecordReader}:
 * sidecar, record facts, per-passage speakers, articles, topics); and Lucene, split into building
 * the documents (fields, facets, the language of the record and of every passage), analysis of
 * every analysed field, writing (inversion, stored fields, doc values, flushes and merges, run on
 * this thread) and the commit.
 *
 * <p>Three figures are measured by doing the work a second time on its own, over the same input:
 * structure ({@link PassageBuilder} on the extracted document, subtracted from the record reading
 * to leave enrichment), analysis (the documents' analysed fields through the index's analyzer,
 * subtracted from adding the documents to leave writing), and the language identification inside
 * document building (shown as a part of it, not subtracted). Until 2026-12-05 this split skipped
 * enrichment, which hid its cost.
 */
public final class StageTimes {

  /**
   * CPU seconds per stage, files, and the UTF-8 bytes of passage text given to Lucene.
   *
   * @param languageIds the part of {@code documents} spent identifying languages
   */
  public record Split(
      int files,
      int failed,
      long passages,
      long textBytes,
      double extract,
      double structure,
      double enrichment,
      double documents,
      double languageIds,
      double analysis,
      double write,
      double commit,
      double wall) {

    public double lucene() {
      return documents + analysis + write + commit;
    }

    public double total() {
      return extract + structure + enrichment + lucene();
    }

    /** GB of passage text per hour of the Lucene stage's CPU on one core. */
    public double luceneGbPerHour() {
      return textBytes / 1e9 / (lucene() / 3600);
    }

    /** The same without language identification, which is not Lucene's work. */
    public double luceneGbPerHourWithoutLanguageIds() {
      return textBytes / 1e9 / ((lucene() - languageIds) / 3600);
    }
  }

  private StageTimes() {}

  /**
   * CPU time of this thread plus the JVM's common fork-join pool: Lingua computes its language
   * confidences there ({@code ForkJoinPool.commonPool().invokeAll}), on this thread's behalf.
   */
  private static final class CpuClock {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds last seen per common-pool worker, kept after the worker ends. */
    private final Map<Long, Long> poolCpu = new HashMap<>();

    long now() {
      for (ThreadInfo t : CPU.getThreadInfo(CPU.getAllThreadIds(), 0)) {
        if (t != null && t.getThreadName().startsWith("ForkJoinPool.commonPool-worker")) {
          long ns = CPU.getThreadCpuTime(t.getThreadId());
          if (ns >= 0) {
            poolCpu.put(t.getThreadId(), ns);
          }
        }
      }
      long pool = 0;
      for (long ns : poolCpu.values()) {
        pool += ns;
      }
      return CPU.getCurrentThreadCpuTime() + pool;
    }
  }

  public static Split measure(Path root, List<Path> files, Path indexDir) throws IOException {
    IndexSchema schema = new IndexSchema();
    CpuClock clock = new CpuClock();
    TimedExtractor extractor = new TimedExtractor(new DocumentExtractor(), clock);
    PassageBuilder structure = new PassageBuilder();
    // The indexer's own reader: structure and enrichment, exactly as an indexing run does them.
    RecordReader reader = new RecordReader(extractor, new PassageBuilder());
    Sidecar sidecar = Sidecar.loadOrUnreadable(root);
    RecordDocuments documents = new RecordDocuments(schema);
    LanguageIdentifier languages = new LanguageIdentifier();
    Analyzer analyzer = schema.analyzer();
    long read = 0;
    long structured = 0;
    long built = 0;
    long languageIds = 0;
    long added = 0;
    long analysed = 0;
    long committed;
    long passages = 0;
    long textBytes = 0;
    int failed = 0;
    long wallStart = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    // Merges on this thread, so that their CPU is counted with writing.
    config.setMergeScheduler(new SerialMergeScheduler());
    try (var dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (Path file : files) {
        long t0 = clock.now();
        ArchiveRecord record;
        try {
          record = reader.read(root, file, sidecar);
        } catch (ExtractionException e) {
          failed++;
          continue;
        }
        long t1 = clock.now();
        structure.build(extractor.last);
        long t2 = clock.now();
        List<Document> docs = documents.documents(record);
        long t3 = clock.now();
        writer.addDocuments(docs);
        long t4 = clock.now();
        analyse(analyzer, docs);
        long t5 = clock.now();
        identifyLanguages(languages, record);
        long t6 = clock.now();
        read += t1 - t0;
        structured += t2 - t1;
        built += t3 - t2;
        added += t4 - t3;
        analysed += t5 - t4;
        languageIds += t6 - t5;
        passages += record.passages().size();
        for (Passage p : record.passages()) {
          textBytes += p.text().getBytes(StandardCharsets.UTF_8).length;
        }
      }
      long t = clock.now();
      writer.commit();
      committed = clock.now() - t;
    }
    double extract = extractor.nanos / 1e9;
    return new Split(
        files.size(),
        failed,
        passages,
        textBytes,
        extract,
        structured / 1e9,
        (read - extractor.nanos - structured) / 1e9,
        built / 1e9,
        languageIds / 1e9,
        analysed / 1e9,
        (added - analysed) / 1e9,
        committed / 1e9,
        (System.nanoTime() - wallStart) / 1e9);
  }

  /** Every analysed field of {@code docs} through the index's analyzer, tokens consumed. */
  private static void analyse(Analyzer analyzer, List<Document> docs) throws IOException {
    for (Document d : docs) {
      for (IndexableField f : d.getFields()) {
        if (!f.fieldType().tokenized() || f.fieldType().indexOptions() == IndexOptions.NONE) {
          continue;
        }
        try (TokenStream ts = f.tokenStream(analyzer, null)) {
          ts.reset();
          while (ts.incrementToken()) {
            // consumed: the work is the tokenizing and filtering
          }
          ts.end();
        }
      }
    }
  }

  /**
   * What document building spends identifying each passage's language (the record sample aside).
   */
  private static void identifyLanguages(LanguageIdentifier languages, ArchiveRecord record) {
    String recordLanguage = record.metadata().language().orElse(IndexSchema.LANGUAGE_OTHER);
    for (Passage p : record.passages()) {
      languages.identify(p.text(), recordLanguage);
    }
  }

  /** Times the Tika extraction inside the record reader and keeps the last document. */
  private static final class TimedExtractor implements Extractor {
    private final Extractor inner;
    private final CpuClock clock;
    private long nanos;
    private ExtractedDocument last;

    TimedExtractor(Extractor inner, CpuClock clock) {
      this.inner = inner;
      this.clock = clock;
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
      long t = clock.now();
      try {
        last = inner.extract(file);
        return last;
      } finally {
        nanos += clock.now() - t;
      }
    }
  }
}
