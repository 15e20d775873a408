package org.ccmarchive.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.extract.IsolatedExtractor;
import org.ccmarchive.extract.Ocr;
import org.ccmarchive.index.CorpusIndexer;
import org.ccmarchive.index.IndexLocation;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.index.SolrIndexer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code index}: brings the index up to date with the corpus folder (incremental unless {@code
 * --full}). Exit 0 unless the corpus has files and none of them could be indexed.
 */
@Command(name = "index", description = "Index the corpus folder.", mixinStandardHelpOptions = true)
public final class IndexCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      description = "Corpus folder (default: ${DEFAULT-VALUE})",
      defaultValue = "corpus")
  Path corpus;

  @Option(
      names = "--index",
      description = "Index folder (default: ${DEFAULT-VALUE})",
      defaultValue = "data/index")
  Path index;

  @Option(
      names = "--full",
      description = "Rebuild from scratch into a new index and swap it in when done.")
  boolean full;

  @Option(
      names = "--part",
      description =
          "Index only this folder of the corpus (relative to --corpus); files outside it are"
              + " neither indexed nor removed, so processes can each index a part at once")
  Path part;

  @Option(
      names = "--progress",
      description = "bar (terminal), lines (logs) or silent; default: ${DEFAULT-VALUE}",
      defaultValue = "lines")
  String progress;

  @Option(names = "--threads", description = "Files parsed at once (default: the number of cores)")
  Integer threads;

  @Option(
      names = "--timeout",
      description = "Seconds one file may take, OCR included (default: ${DEFAULT-VALUE})",
      defaultValue = "120")
  int timeoutSeconds;

  @Option(
      names = "--parser-memory",
      description = "Heap of each parser process in MB (default: ${DEFAULT-VALUE})",
      defaultValue = "768")
  int parserMemoryMb;

  @Option(
      names = "--max-file-size",
      description = "Larger files are skipped, in MB (default: ${DEFAULT-VALUE})",
      defaultValue = "200")
  long maxFileMb;

  @Option(
      names = "--ocr",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "OCR pages without a text layer when Tesseract is installed (default: on)")
  boolean ocr;

  @Option(
      names = "--ocr-languages",
      description = "Tesseract languages, comma-separated (default: ${DEFAULT-VALUE})",
      defaultValue = "eng,fra,spa")
  String ocrLanguages;

  @Option(
      names = "--commit-every",
      description = "Seconds between commits during a run (default: ${DEFAULT-VALUE})",
      defaultValue = "10")
  int commitSeconds;

  @Option(
      names = "--watch",
      arity = "0..1",
      fallbackValue = "10",
      description =
          "After indexing, keep watching the corpus and re-index every N seconds"
              + " (default N: 10)")
  Integer watchSeconds;

  public static void main(String[] args) {
    System.exit(new CommandLine(new IndexCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    Optional<SolrCluster> solr = SolrCluster.fromEnvironment(System.getenv(), err);
    if (solr.isEmpty()) {
      Path report = new IndexLocation(index).reportFile();
      return call(
          options -> CorpusIndexer.run(corpus, index, options, err), Optional.of(report), err);
    }
    try (SolrCluster cluster = solr.get()) {
      err.println(
          "indexing into SolrCloud ("
              + SolrCluster.URL_VARIABLE
              + "), alias "
              + cluster.alias()
              + "; "
              + index
              + " is not used");
      SolrIndexer indexer = new SolrIndexer(cluster, SolrIndexer.DEFAULT_SHARDS);
      return call(options -> indexer.run(corpus, options, err), Optional.empty(), err);
    }
  }

  /** One indexing run into wherever this command writes. */
  @FunctionalInterface
  interface Run {
    IndexReport run(IndexOptions options) throws Exception;
  }

  private int call(Run run, Optional<Path> reportFile, PrintStream err) throws Exception {
    IndexOptions options = options();
    IndexReport report = run.run(options);
    print(report, reportFile, err);
    if (watchSeconds != null) {
      watch(run, reportFile, options.withFull(false).withProgress("silent"), err);
    }
    long recordsFailedNow = report.failures().size();
    if (report.indexed() == 0 && report.unchanged() == 0 && recordsFailedNow > 0) {
      err.println("nothing could be indexed from " + corpus);
      return 1;
    }
    return 0;
  }

  IndexOptions options() {
    var limits =
        new IsolatedExtractor.Limits(
            Duration.ofSeconds(timeoutSeconds),
            parserMemoryMb,
            maxFileMb * 1024 * 1024,
            DocumentExtractor.DEFAULT_MAX_CHARS);
    return new IndexOptions(
        full,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(),
        limits,
        new Ocr(ocr, Arrays.asList(ocrLanguages.split("\\s*,\\s*"))),
        Duration.ofSeconds(commitSeconds),
        progress,
        part);
  }

  /** Re-runs the (cheap) incremental index whenever the corpus may have changed; until killed. */
  private void watch(Run run, Optional<Path> reportFile, IndexOptions options, PrintStream err)
      throws Exception {
    err.printf("watching %s every %d s (Ctrl-C to stop)%n", corpus, watchSeconds);
    while (!Thread.currentThread().isInterrupted()) {
      Thread.sleep(Duration.ofSeconds(watchSeconds));
      IndexReport r = run.run(options);
      if (r.indexed() + r.deleted() + r.failures().stream().filter(f -> !f.earlier()).count() > 0) {
        print(r, reportFile, err);
      }
    }
  }

  private static void print(IndexReport report, Optional<Path> reportFile, PrintStream err) {
    err.println(report.summary());
    for (String note : report.notes()) {
      err.println("  note: " + note);
    }
    for (String file : report.ocr()) {
      err.println("  OCR'd: " + file);
    }
    for (IndexReport.Failure f : report.failures()) {
      err.println(
          "  failed: " + f.file() + ": " + f.reason() + (f.earlier() ? " (unchanged)" : ""));
    }
    reportFile.ifPresent(f -> err.println("  report: " + f));
  }
}
