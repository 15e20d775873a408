package org.ccmarchive.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.ccmarchive.enrich.Sidecar;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.extract.IsolatedExtractor;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.PassageBuilder;

/**
 * Indexes a corpus folder, incrementally by default: new files are added, changed files replaced,
 * moved files recognised by their content hash, deleted files removed, unchanged files skipped. A
 * file that cannot be read is reported and skipped; the run goes on. Work is committed regularly,
 * so a killed run loses at most the files since the last commit and the next run finishes it.
 */
public final class CorpusIndexer {

  /** Built on first use: a run with nothing to write needs no analyzers. */
  private final Once<IndexSchema> schema;

  private final Once<RecordReader> reader;
  private final PrintStream log;
  private final IndexOptions options;
  private final OcrTally ocrTally;

  /**
   * One per indexer: it holds the language models, which every file's thread shares. Built on the
   * first file to parse, like the reader (gazetteers, rules): a run with nothing to parse needs
   * neither.
   */
  private final Once<RecordDocuments> documents;

  public CorpusIndexer(IndexSchema schema, RecordReader reader, PrintStream log) {
    this(() -> schema, () -> reader, log, IndexOptions.defaults(), null);
  }

  public CorpusIndexer(
      IndexSchema schema,
      RecordReader reader,
      PrintStream log,
      IndexOptions options,
      OcrTally ocrTally) {
    this(() -> schema, () -> reader, log, options, ocrTally);
  }

  private CorpusIndexer(
      Supplier<IndexSchema> schema,
      Supplier<RecordReader> reader,
      PrintStream log,
      IndexOptions options,
      OcrTally ocrTally) {
    this.schema = new Once<>(schema);
    this.reader = new Once<>(reader);
    this.log = log;
    this.options = options;
    this.ocrTally = ocrTally;
    this.documents = new Once<>(() -> new RecordDocuments(this.schema.get()));
  }

  /**
   * Indexes {@code corpus} into {@code indexDir} with every file parsed in an isolated worker
   * process: the entry point for the command line, the web app and benchmarks.
   */
  public static IndexReport run(Path corpus, Path indexDir, IndexOptions options, PrintStream log)
      throws IOException {
    return withIsolatedExtraction(options, log, indexer -> indexer.index(corpus, indexDir));
  }

  /** A run of an indexer. */
  @FunctionalInterface
  interface Run {
    IndexReport with(CorpusIndexer indexer) throws IOException;
  }

  /** Runs {@code run} with an indexer whose files are each parsed in an isolated worker process. */
  static IndexReport withIsolatedExtraction(IndexOptions options, PrintStream log, Run run)
      throws IOException {
    try (IsolatedExtractor extractor = new IsolatedExtractor(options.limits(), options.ocr())) {
      OcrTally tally = new OcrTally(extractor);
      return run.with(
          new CorpusIndexer(
              IndexSchema::new,
              () -> new RecordReader(tally, new PassageBuilder()),
              log,
              options,
              tally));
    }
  }

  /** Rebuilds the index at {@code indexDir} from every file in {@code corpus}. */
  public IndexReport rebuild(Path corpus, Path indexDir, Progress progress) throws IOException {
    return index(corpus, indexDir, true, progress);
  }

  /** Brings the index up to date with the corpus, as the options say (incremental or full). */
  public IndexReport index(Path corpus, Path indexDir) throws IOException {
    return index(corpus, indexDir, options.full(), null);
  }

  private IndexReport index(Path corpus, Path indexDir, boolean full, Progress given)
      throws IOException {
    long start = System.nanoTime();
    Path root = corpus.toAbsolutePath().normalize().toRealPath();
    IndexLocation location = new IndexLocation(indexDir);
    if (options.part() != null && full) {
      throw partCannotRebuild(options.part(), "--full");
    }
    List<String> notes = new ArrayList<>();
    CorpusState state = state(root, notes);
    IndexReport report = null;
    if (!full && location.exists()) {
      try (LuceneTarget live = new LuceneTarget(location.live(), schema::get)) {
        // The corpus is as the last commit recorded it: nothing changed, and no segment need be
        // opened to know it (the largest cost of such a run, docs/benchmarks.md session 6).
        // A run limited to a part neither trusts nor records the whole corpus's state: the
        // other parts may not be indexed yet.
        Optional<CorpusState.Settled> settled =
            options.part() != null ? Optional.empty() : live.settled(state.digest());
        if (settled.isPresent()) {
          report = nothingChanged(settled.get(), notes, start);
        } else {
          // One opening of the last commit tells whether the index must be rebuilt instead and,
          // if not, what it holds: the run plans from it like any other target's.
          Optional<String> problem = live.problem();
          if (problem.isEmpty()) {
            report = indexInto(root, live, state, false, given, notes, start);
          } else {
            if (options.part() != null) {
              throw partCannotRebuild(options.part(), problem.get());
            }
            notes.add(problem.get() + ": rebuilding from scratch (as --full would)");
            log.println("note: " + notes.getLast());
            full = true;
          }
        }
      }
    }
    if (report == null) {
      Path target = target(location, full);
      try (LuceneTarget fresh = new LuceneTarget(target, schema::get)) {
        report = indexInto(root, fresh, state, full, given, notes, start);
      }
      if (!target.equals(location.live())) {
        location.swapTo(target);
        notes.add("rebuilt from scratch and swapped in: " + target.getFileName());
        report = report.withNotes(notes);
      }
    }
    report.writeJson(location.reportFile());
    return report;
  }

  /** The report of a run that found the corpus as the last commit recorded it. */
  private static IndexReport nothingChanged(
      CorpusState.Settled settled, List<String> notes, long start) {
    IndexPlan nothing = new IndexPlan(List.of(), List.of(), settled.files(), settled.failures());
    return new RunTally(nothing).report(false, notes, Duration.ofNanos(System.nanoTime() - start));
  }

  /** One walk of the corpus (of its part, for a run limited to one), for the whole run. */
  private CorpusState state(Path root, List<String> notes) throws IOException {
    return CorpusState.read(
        CorpusPart.of(root, options.part()),
        root,
        sidecar(root, notes),
        options.limits().maxFileBytes());
  }

  /**
   * The run itself, whatever the target: plans against what {@code target} holds, removes deleted
   * files, parses the changed ones in parallel and writes each record's documents, then commits. A
   * run with nothing to do writes and commits nothing, builds no reader and starts no parser
   * process.
   */
  IndexReport indexInto(
      Path root,
      IndexTarget target,
      CorpusState state,
      boolean full,
      Progress given,
      List<String> notes,
      long start)
      throws IOException {
    IndexPlan plan =
        IndexPlan.make(
            root, state.files(), state.part().of(target.known()), options.limits().maxFileBytes());
    if (plan.isEmpty() && target.committed()) {
      if (options.part() == null) {
        target.settle(settled(state, plan));
      }
      return new RunTally(plan).report(full, notes, Duration.ofNanos(System.nanoTime() - start));
    }
    return write(root, target, state, plan, full, given, notes, start);
  }

  /** The folder of the corpus this indexer's runs are limited to, or null for all of it. */
  Path part() {
    return options.part();
  }

  /**
   * A run limited to a part cannot rebuild from scratch: the rebuilt index would hold that part
   * alone.
   */
  static IOException partCannotRebuild(Path part, String why) {
    return new IOException(
        why
            + ": --part "
            + part
            + " updates one part in place, and a rebuild is of the whole corpus (run without"
            + " --part)");
  }

  /** The target matches the corpus once {@code plan} is carried out without a new failure. */
  private static CorpusState.Settled settled(CorpusState state, IndexPlan plan) {
    return new CorpusState.Settled(
        state.digest(), plan.unchanged() + plan.changes().size(), plan.earlierFailures());
  }

  /** Removes deleted files, parses the changed ones in parallel, writes them, then commits. */
  private IndexReport write(
      Path root,
      IndexTarget target,
      CorpusState state,
      IndexPlan plan,
      boolean full,
      Progress given,
      List<String> notes,
      long start)
      throws IOException {
    Progress progress =
        given != null
            ? given
            : Progress.create(options.progress(), plan.changes().size(), plan.bytesToRead(), log);
    RunTally tally = new RunTally(plan);
    for (String id : plan.deletions()) {
      target.delete(id);
    }
    try (progress) {
      apply(root, state.sidecar(), target, plan, tally, progress);
    }
    if (tally.failedNow() || options.part() != null) {
      // A file that failed now is tried again by the next run (an update) or becomes an earlier
      // failure of it: that run plans in full and records the state then. A part's run records
      // no state of the whole corpus.
      target.commit();
    } else {
      target.commit(settled(state, plan));
    }
    return tally.report(full, notes, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Indexes {@code corpus} into {@code target} (the SolrCloud backend's entry). */
  IndexReport indexInto(Path corpus, IndexTarget target, boolean full, List<String> notes)
      throws IOException {
    long start = System.nanoTime();
    Path root = corpus.toAbsolutePath().normalize().toRealPath();
    List<String> runNotes = new ArrayList<>(notes);
    return indexInto(root, target, state(root, runNotes), full, null, runNotes, start);
  }

  /**
   * The hand-set metadata, read once per run for planning and for every record. An unreadable
   * manifest is noted; every record read with it then fails with the reason, and is retried once
   * the manifest reads again (its fingerprint changes).
   */
  private Sidecar sidecar(Path root, List<String> notes) {
    Sidecar sidecar = Sidecar.loadOrUnreadable(root);
    sidecar
        .problem()
        .ifPresent(
            problem -> {
              notes.add(problem);
              log.println("note: " + problem);
            });
    return sidecar;
  }

  /** Where this run writes: the live index, or a new generation for a full rebuild. */
  private static Path target(IndexLocation location, boolean full) throws IOException {
    if (!location.exists()) {
      // First run: build in place, so a killed first run is finished by the next one.
      Path gen = location.newGeneration();
      location.swapTo(gen);
      return gen;
    }
    if (full && hasIndex(location.live())) {
      location.deleteStaleGenerations();
      return location.newGeneration();
    }
    return location.live();
  }

  private static boolean hasIndex(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /** Parses the changed files in parallel; the writer is fed as each finishes. */
  private void apply(
      Path root,
      Sidecar sidecar,
      IndexTarget target,
      IndexPlan plan,
      RunTally tally,
      Progress progress)
      throws IOException {
    int threads = Math.max(1, options.threads());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
      for (IndexPlan.Change c : plan.changes()) {
        done.submit(() -> apply(root, sidecar, target, c));
      }
      long lastCommit = System.nanoTime();
      for (int i = 0; i < plan.changes().size(); i++) {
        Outcome o = done.take().get();
        tally.add(o);
        if (o.failure() != null) {
          log.printf("skipped %s: %s%n", o.change().relative(), o.failure());
        }
        progress.step(o.change().relative(), o.change().size());
        if (System.nanoTime() - lastCommit >= options.commitEvery().toNanos()) {
          target.commit();
          lastCommit = System.nanoTime();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("indexing failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One file: read, then replace its record (entry and passages together) in one update. */
  private Outcome apply(Path root, Sidecar sidecar, IndexTarget target, IndexPlan.Change c)
      throws IOException {
    try {
      ArchiveRecord record = read(root, c.file(), sidecar);
      int ocrPages = ocrTally == null ? 0 : ocrTally.take(c.file());
      List<Document> docs = documents.get().fields(record);
      addFileState(docs.getFirst(), c, record.id(), null);
      if (ocrPages > 0) {
        docs.getFirst().add(new StoredField(IndexSchema.OCR_PAGES, ocrPages));
      }
      if (c.previousId() != null) {
        target.delete(c.previousId());
      }
      target.replace(record.id(), docs);
      return new Outcome(c, record.passages().size(), ocrPages, null);
    } catch (ExtractionException e) {
      if (ocrTally != null) {
        ocrTally.take(c.file());
      }
      if (c.kind() == IndexPlan.Kind.UPDATE) {
        return new Outcome(c, 0, 0, e.getMessage() + " (the previous version stays indexed)");
      }
      target.replace(c.id(), List.of(failureDocument(c, e.getMessage())));
      return new Outcome(c, 0, 0, e.getMessage());
    }
  }

  /** A bug in the structure or enrichment stages on odd input skips the file, not the run. */
  private ArchiveRecord read(Path root, Path file, Sidecar sidecar) throws ExtractionException {
    try {
      return reader.get().read(root, file, sidecar);
    } catch (RuntimeException e) {
      throw new ExtractionException("could not be processed: " + e, e);
    }
  }

  private static void addFileState(Document doc, IndexPlan.Change c, String id, String failure) {
    doc.add(new StoredField(IndexSchema.CONTENT_HASH, c.hash()));
    doc.add(new StoredField(IndexSchema.FILE_MTIME, c.mtime()));
    doc.add(new StoredField(IndexSchema.METADATA_HASH, c.metadataHash()));
    IndexedFiles.Entry state =
        new IndexedFiles.Entry(
            id, c.relative(), c.hash(), c.size(), c.mtime(), failure, c.metadataHash());
    doc.add(new BinaryDocValuesField(IndexSchema.FILE_STATE, IndexedFiles.encode(state)));
  }

  /** Remembers a failed file so that, unchanged, it is not parsed again on every run. */
  private static Document failureDocument(IndexPlan.Change c, String reason) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_FAILURE, Field.Store.NO));
    doc.add(new StringField(IndexSchema.RECORD_ID, c.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.RECORD_ID, new BytesRef(c.id())));
    doc.add(new StoredField(IndexSchema.FILE, c.relative()));
    doc.add(new StringField(IndexSchema.FILE, c.relative(), Field.Store.NO));
    doc.add(new StoredField(IndexSchema.SIZE_BYTES, c.size()));
    doc.add(new StoredField(IndexSchema.FAILURE_REASON, reason));
    addFileState(doc, c, c.id(), reason);
    return doc;
  }

  /** What became of one file. */
  record Outcome(IndexPlan.Change change, int passages, int ocrPages, String failure) {}

  /** Counts for the report; fed from one thread. */
  private static final class RunTally {
    private final IndexPlan plan;
    private final List<IndexReport.Failure> failures = new ArrayList<>();
    private final List<String> ocr = new ArrayList<>();
    private boolean failedNow;
    private int added;
    private int updated;
    private int renamed;
    private long passages;
    private long bytes;

    RunTally(IndexPlan plan) {
      this.plan = plan;
      for (IndexedFiles.Entry e : plan.earlierFailures()) {
        failures.add(new IndexReport.Failure(e.file(), e.failure(), true));
      }
    }

    void add(Outcome o) {
      bytes += o.change().size();
      if (o.failure() != null) {
        failures.add(new IndexReport.Failure(o.change().relative(), o.failure()));
        failedNow = true;
        return;
      }
      passages += o.passages();
      if (o.ocrPages() > 0) {
        ocr.add(o.change().relative());
      }
      switch (o.change().kind()) {
        case ADD -> added++;
        case UPDATE -> updated++;
        case RENAME -> renamed++;
      }
    }

    boolean failedNow() {
      return failedNow;
    }

    IndexReport report(boolean full, List<String> notes, Duration elapsed) {
      failures.sort((a, b) -> a.file().compareTo(b.file()));
      return new IndexReport(
          full,
          added,
          updated,
          renamed,
          plan.unchanged(),
          plan.deletions().size(),
          passages,
          bytes,
          failures,
          ocr,
          notes,
          elapsed);
    }
  }

  /** A value built on first use, once, whichever thread asks first. */
  private static final class Once<T> {
    private final Supplier<T> make;
    private T value;

    Once(Supplier<T> make) {
      this.make = make;
    }

    synchronized T get() {
      if (value == null) {
        value = make.get();
      }
      return value;
    }
  }
}
