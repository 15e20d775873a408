package org.ccmarchive.bench.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.bench.Machine;
import org.ccmarchive.bench.Results;
import org.ccmarchive.bench.http.ConstantRateLoad;
import org.ccmarchive.bench.http.HttpStep;
import org.ccmarchive.bench.http.ServerProcess;
import org.ccmarchive.index.CorpusFiles;

/**
 * {@code ./ccm bench solr}: the indexing and HTTP benchmarks against a local 2-node SolrCloud
 * (started by the launcher, whose Solr process is {@code solrPid}) beside the embedded index, on
 * the same generated corpus and in the same run.
 *
 * <p>Indexing: the packaged indexer over the whole corpus into a new collection with one process;
 * then two processes at once, each over half of the corpus ({@code --part}), into one new
 * collection made empty before them; CPU of the indexers and of the Solr nodes counted apart. The
 * embedded index's figures come from the {@code index} step when it has run, otherwise from a full
 * embedded run here. HTTP: the open-loop client and query mix of the {@code http} step against
 * {@code serve} on each backend, with the server's answer cache off ({@code --cached-answers 0}).
 */
public final class SolrBench {

  /** The alias the one-process run builds; the Solr server of the HTTP runs searches it. */
  static final String ONE = "bench_one";

  /** The alias the two processes fill together. */
  static final String TWO = "bench_two";

  private static final String WHOLE_RUN = "ccm index --full (all formats)";

  private final Path dir;
  private final Path jar;
  private final String solrUrl;
  private final long solrPid;
  private final int seconds;
  private final double rate;

  public SolrBench(Path dir, Path jar, String solrUrl, long solrPid, int seconds, double rate) {
    this.dir = dir;
    this.jar = jar;
    this.solrUrl = solrUrl;
    this.solrPid = solrPid;
    this.seconds = seconds;
    this.rate = rate;
  }

  public void run(Results out) throws Exception {
    long begin = System.nanoTime();
    Path corpus = dir.resolve("corpus");
    List<Path> files = CorpusFiles.list(corpus);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    out.line(
        "Indexing: the packaged indexer (`java -jar ccm-archive.jar index`, 2 parser threads per");
    out.line(
        "process); SolrCloud: 2 shards x 2 replicas on 2 Solr nodes in one JVM on this machine.");
    if (!IndexerProcess.cpuMeasured()) {
      out.line("CPU NOT MEASURED: /usr/bin/time missing (Debian package time).");
    }
    out.line("");
    out.line(
        "| run | files | MB | wall s | files/s | MB/s | indexer CPU s | Solr CPU s | load after |");
    out.line("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    long phase = System.nanoTime();
    embedded(out, corpus, files.size(), bytes);
    double embeddedSeconds = seconds(phase);

    phase = System.nanoTime();
    double solrBefore = solrCpu();
    IndexerProcess.Timed one =
        IndexerProcess.run(
            jar,
            solr(ONE),
            dir.resolve("solr-index-one.log"),
            "--corpus",
            corpus.toString(),
            "--full",
            "--progress",
            "lines");
    double oneSolr = solrCpu() - solrBefore;
    row(out, "SolrCloud, 1 indexer process", files.size(), bytes, one, oneSolr);

    Path parts = halves(corpus, files);
    Path empty = Files.createDirectories(dir.resolve("solr-empty"));
    Path twoLog = dir.resolve("solr-index-two.log");
    // The collection both processes fill, made before them: a run limited to a part never
    // builds one (each would build its own and swap the alias to it).
    IndexerProcess.run(jar, solr(TWO), twoLog, "--corpus", empty.toString(), "--full");
    solrBefore = solrCpu();
    long start = System.nanoTime();
    List<IndexerProcess> running = new ArrayList<>();
    for (String part : List.of("a", "b")) {
      running.add(
          IndexerProcess.start(
              jar,
              solr(TWO),
              dir.resolve("solr-index-two-" + part + ".log"),
              "--corpus",
              parts.toString(),
              "--part",
              part,
              "--progress",
              "lines"));
    }
    double indexerCpu = 0;
    for (IndexerProcess p : running) {
      indexerCpu += p.await().cpu();
    }
    IndexerProcess.Timed two = new IndexerProcess.Timed(seconds(start), indexerCpu);
    double twoSolr = solrCpu() - solrBefore;
    row(
        out,
        "SolrCloud, 2 indexer processes at once (`--part`, half each)",
        files.size(),
        bytes,
        two,
        twoSolr);
    long oneRecords = records(ONE);
    long twoRecords = records(TWO);
    IndexerProcess.Timed whole =
        IndexerProcess.run(jar, solr(TWO), twoLog, "--corpus", parts.toString());
    double indexingSeconds = seconds(phase);
    out.line("");
    out.line(
        "- two processes / one: **%.2f x** the files/s (wall %.1f s vs %.1f s); CPU per file,"
            + " indexers + Solr: %.1f ms vs %.1f ms",
        one.wall() / two.wall(),
        two.wall(),
        one.wall(),
        1000 * (two.cpu() + twoSolr) / files.size(),
        1000 * (one.cpu() + oneSolr) / files.size());
    out.line(
        "- records in the collection: one process %d, two processes %d (of %d files); then a"
            + " whole-corpus run over both halves (%.1f s): %s",
        oneRecords,
        twoRecords,
        files.size(),
        whole.wall(),
        lastSummary(twoLog).orElse("no summary in " + twoLog));
    if (oneRecords != twoRecords) {
      throw new IOException(
          "two processes left " + twoRecords + " records, one process " + oneRecords);
    }

    phase = System.nanoTime();
    http(out);
    double httpSeconds = seconds(phase);
    out.line("");
    out.line(
        "- this step took %.0f s: embedded index %.0f s, Solr indexing %.0f s, HTTP %.0f s",
        seconds(begin), embeddedSeconds, indexingSeconds, httpSeconds);
  }

  /**
   * The embedded index's row: from the {@code index} step's results when it has run (its full run
   * over the same corpus), else a full embedded run here; either way {@code <dir>/index} exists
   * afterwards for the HTTP runs.
   */
  private void embedded(Results out, Path corpus, int files, long bytes) throws Exception {
    Path index = dir.resolve("index");
    Path earlier = dir.resolve("results").resolve("index.md");
    Optional<String> row = Optional.empty();
    if (Files.exists(earlier)) {
      List<String> lines = Files.readAllLines(earlier);
      row =
          lines.stream()
              .filter(l -> l.startsWith("| " + WHOLE_RUN + " |"))
              .findFirst()
              .map(
                  l -> {
                    String[] c = l.split("\\|");
                    return "| embedded, 1 indexer process (the `index` step: "
                        + lines.getFirst().replaceFirst("^### index \\((.*)\\)$", "$1")
                        + ")|"
                        + c[2]
                        + "|"
                        + c[3]
                        + "|"
                        + c[4]
                        + "|"
                        + c[5]
                        + "|"
                        + c[6]
                        + "| not measured | | "
                        + lines.get(2).replaceFirst(".*load ([^,]+),.*", "$1")
                        + " |";
                  });
    }
    if (row.isPresent() && Files.isDirectory(index)) {
      out.line(row.get());
      return;
    }
    IndexerProcess.Timed t =
        IndexerProcess.run(
            jar,
            Map.of(),
            dir.resolve("solr-index-embedded.log"),
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--full",
            "--progress",
            "lines");
    row(out, "embedded, 1 indexer process", files, bytes, t, Double.NaN);
  }

  /** The indexer's and server's environment for SolrCloud, with {@code alias}. */
  private Map<String, String> solr(String alias) {
    return Map.of("CCM_SOLR_URL", solrUrl, "CCM_SOLR_COLLECTION", alias);
  }

  /**
   * The corpus in two halves, hard-linked under {@code <dir>/solr-parts/a} and {@code b}: every
   * other file, so each half has the same mix of formats and sizes.
   */
  private Path halves(Path corpus, List<Path> files) throws IOException {
    Path parts = dir.resolve("solr-parts");
    if (Files.isDirectory(parts)) {
      return parts;
    }
    for (int i = 0; i < files.size(); i++) {
      Path link = parts.resolve(i % 2 == 0 ? "a" : "b").resolve(corpus.relativize(files.get(i)));
      Files.createDirectories(link.getParent());
      Files.createLink(link, files.get(i));
    }
    return parts;
  }

  /** Record entries in the collection behind {@code alias}, as Solr counts them. */
  private long records(String alias) throws IOException, InterruptedException {
    String url =
        solrUrl
            + "/"
            + alias
            + "/select?rows=0&wt=json&q=*:*&fq="
            + URLEncoder.encode("kind:record", StandardCharsets.UTF_8);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    JsonNode found = new ObjectMapper().readTree(r.body()).path("response").path("numFound");
    return found.asLong(-1);
  }

  /** The last run summary the indexer wrote to {@code log}. */
  private static Optional<String> lastSummary(Path log) throws IOException {
    return Files.readAllLines(log).reversed().stream()
        .filter(l -> l.startsWith("incremental:") || l.startsWith("full rebuild:"))
        .findFirst();
  }

  /** The HTTP mix against {@code serve} on each backend, one server at a time. */
  private void http(Results out) throws Exception {
    out.line("");
    out.line(
        "HTTP: `serve --cached-answers 0` on each backend, the `http` step's open-loop client and"
            + " query mix,");
    out.line(
        "%.1f requests/s per client, %d s per run, loopback, one server at a time.", rate, seconds);
    out.line("");
    out.line(
        "| backend | clients | sent | errors | answered/s | p50 ms | p99 ms | server CPU s |"
            + " Solr CPU s | load after |");
    out.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    Path index = dir.resolve("index");
    Path corpus = dir.resolve("corpus");
    List<String> uncached = List.of("--cached-answers", "0");
    try (ServerProcess server =
        ServerProcess.start(
            jar, index, corpus, dir.resolve("server.log"), "2g", Map.of(), uncached)) {
      load(out, "embedded", server, false);
    }
    try (ServerProcess server =
        ServerProcess.start(
            jar, index, corpus, dir.resolve("server-solr.log"), "2g", solr(ONE), uncached)) {
      load(out, "SolrCloud", server, true);
    }
  }

  private void load(Results out, String backend, ServerProcess server, boolean onSolr)
      throws Exception {
    ConstantRateLoad load = new ConstantRateLoad(server.base());
    load.run(4, 5, Duration.ofSeconds(10)); // warm-up, not reported
    for (int clients : new int[] {10, 50}) {
      double serverBefore = server.cpuSeconds();
      double solrBefore = solrCpu();
      ConstantRateLoad.Outcome o = load.run(clients, rate, Duration.ofSeconds(seconds));
      out.line(
          "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %s | %s |",
          backend,
          clients,
          o.sent(),
          o.errors(),
          o.answeredPerSecond(),
          HttpStep.ms(o.all(), 50),
          HttpStep.ms(o.all(), 99),
          server.cpuSeconds() - serverBefore,
          onSolr ? "%.1f".formatted(solrCpu() - solrBefore) : "",
          load());
      if (o.unsent() > 0) {
        out.line(
            "| %s | %d | **not sent: %d** (server saturated, backlog given up after 2x the run"
                + " time) | | | | | | | |",
            backend, clients, o.unsent());
      }
    }
  }

  /** CPU seconds the Solr nodes' JVM has used so far. */
  private double solrCpu() {
    return ProcessHandle.of(solrPid)
        .flatMap(p -> p.info().totalCpuDuration())
        .map(d -> d.toNanos() / 1e9)
        .orElse(Double.NaN);
  }

  private static void row(
      Results out, String name, int files, long bytes, IndexerProcess.Timed t, double solrCpu) {
    out.line(
        "| %s | %d | %.1f | %.1f | %.1f | %.2f | %.1f | %s | %s |",
        name,
        files,
        bytes / 1e6,
        t.wall(),
        files / t.wall(),
        bytes / 1e6 / t.wall(),
        t.cpu(),
        Double.isNaN(solrCpu) ? "" : "%.1f".formatted(solrCpu),
        load());
  }

  /** The one-minute load average now. */
  private static String load() {
    return Machine.loadAverage().split(" ")[0];
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
