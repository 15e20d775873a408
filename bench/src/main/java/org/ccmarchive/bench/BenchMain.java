package org.ccmarchive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.ccmarchive.bench.corpus.CorpusGenerator;
import org.ccmarchive.bench.http.ConstantRateLoad;
import org.ccmarchive.bench.http.ServerProcess;
import org.ccmarchive.bench.index.IndexBench;
import org.ccmarchive.bench.query.BenchQuery;
import org.ccmarchive.bench.query.QueryBench;
import org.ccmarchive.bench.query.QueryMix;
import org.ccmarchive.bench.solr.SolrBench;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./ccm bench <name>}: one benchmark over the generated corpus in {@code --dir}. */
@Command(
    name = "ccm-bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      BenchMain.Generate.class,
      BenchMain.Index.class,
      BenchMain.Query.class,
      BenchMain.Http.class,
      BenchMain.Startup.class,
      BenchMain.Solr.class
    })
public final class BenchMain implements Runnable {

  @Option(names = "--dir", required = true, description = "Bench folder (corpus, indexes, results)")
  Path dir;

  @Option(names = "--jar", description = "The packaged server jar (ccm-archive.jar)")
  Path jar;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  private Results results(String name, String command) {
    return new Results(dir, name, command);
  }

  @Command(name = "generate", description = "Write the seeded synthetic corpus to <dir>/corpus.")
  static final class Generate implements Callable<Integer> {
    @CommandLine.ParentCommand BenchMain parent;

    @Option(names = "--records", defaultValue = "20000")
    int records;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() throws Exception {
      Path corpus = parent.dir.resolve("corpus");
      if (Files.exists(corpus)) {
        System.err.println("bench: " + corpus + " exists; remove the bench folder to regenerate");
        return 0;
      }
      var s = new CorpusGenerator(seed).write(corpus, records);
      Results out =
          parent.results("generate", "./ccm bench generate (N=" + records + ", seed=" + seed + ")");
      out.line("| records | paragraphs | MB | by format | s |");
      out.line("|---:|---:|---:|---|---:|");
      out.line(
          "| %d | %d | %.1f | %s | %.1f |",
          s.records(), s.paragraphs(), s.bytes() / 1e6, s.byFormat(), s.seconds());
      out.save();
      return 0;
    }
  }

  @Command(name = "index", description = "Indexing benchmark (needs --jar, a generated corpus).")
  static final class Index implements Callable<Integer> {
    @CommandLine.ParentCommand BenchMain parent;

    @Option(names = "--sample", defaultValue = "1500", description = "files in the stage split")
    int sample;

    @Override
    public Integer call() throws Exception {
      Results out = parent.results("index", "./ccm bench index");
      new IndexBench(parent.dir, parent.jar, sample).run(out);
      out.save();
      return 0;
    }
  }

  @Command(name = "query", description = "JMH query benchmark over <dir>/index.")
  static final class Query implements Callable<Integer> {
    @CommandLine.ParentCommand BenchMain parent;

    @Option(names = "--seconds", defaultValue = "4", description = "seconds per JMH iteration")
    int seconds;

    @Option(
        names = "--cached",
        description = "keep answers between searches, as the server does (the mix then repeats)")
    boolean cached;

    @Override
    public Integer call() throws Exception {
      Path index = parent.dir.resolve("index").toAbsolutePath();
      var options =
          new OptionsBuilder()
              .include(QueryBench.class.getName())
              .forks(1)
              .warmupIterations(2)
              .warmupTime(TimeValue.seconds(seconds))
              .measurementIterations(3)
              .measurementTime(TimeValue.seconds(seconds))
              .jvmArgsAppend(
                  "-Dccm.bench.index=" + index,
                  "-Dccm.bench.cached=" + cached,
                  "--enable-native-access=ALL-UNNAMED",
                  "--add-modules",
                  "jdk.incubator.vector")
              .build();
      Collection<RunResult> runs = new Runner(options).run();
      Results out = parent.results("query", "./ccm bench query");
      out.line("| benchmark | samples | p50 ms | p99 ms | mean ms |");
      out.line("|---|---:|---:|---:|---:|");
      double count = 0;
      double facet = 0;
      double groupOnly = 0;
      double term = 0;
      for (RunResult r : runs) {
        String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
        var st = r.getPrimaryResult().getStatistics();
        out.line(
            "| %s | %d | %.2f | %.2f | %.2f |",
            name, st.getN(), st.getPercentile(50), st.getPercentile(99), st.getMean());
        switch (name) {
          case "termCount" -> count = st.getMean();
          case "termFacetCount" -> facet = st.getMean();
          case "termGroupOnly" -> groupOnly = st.getMean();
          case "term" -> term = st.getMean();
          default -> {}
        }
      }
      double matches = QueryBench.meanTermMatches(index);
      out.line("");
      out.line(
          "- facet counting (every dimension in the index): %.0f ns per matching passage (%.0f"
              + " passages per term query on average)",
          (facet - count) * 1e6 / matches, matches);
      out.line(
          "- highlighting + loading the top 10 records: %.0f%% of a term search (mean %.2f ms of %.2f ms)",
          100 * (term - groupOnly) / term, term - groupOnly, term);
      out.save();
      return 0;
    }
  }

  @Command(name = "http", description = "Packaged server under constant-rate load (needs --jar).")
  static final class Http implements Callable<Integer> {
    @CommandLine.ParentCommand BenchMain parent;

    @Option(names = "--seconds", defaultValue = "30")
    int seconds;

    @Option(names = "--rate", defaultValue = "2", description = "requests/s per client")
    double rate;

    @Override
    public Integer call() throws Exception {
      Results out = parent.results("http", "./ccm bench http");
      Path index = parent.dir.resolve("index");
      Map<String, Histogram> inProcess = InProcess.latencies(index, 40);
      try (ServerProcess server =
          ServerProcess.start(
              parent.jar,
              index,
              parent.dir.resolve("corpus"),
              parent.dir.resolve("server.log"),
              "2g")) {
        ConstantRateLoad load = new ConstantRateLoad(server.base());
        load.run(4, 5, Duration.ofSeconds(10)); // warm-up, not reported
        out.line(
            "Constant rate %.1f requests/s per client, %d s per run, loopback.", rate, seconds);
        out.line("");
        out.line(
            "| clients | kind | requests | errors | req/s | p50 ms | p99 ms | in-process p99 ms | HTTP p99 / in-process p99 |");
        out.line("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int clients : new int[] {10, 50}) {
          var o = load.run(clients, rate, Duration.ofSeconds(seconds));
          for (var e : o.byKind().entrySet()) {
            Histogram h = e.getValue();
            Histogram in = inProcess.get(e.getKey());
            double p99 = ms(h, 99);
            double inP99 = ms(in, 99);
            out.line(
                "| %d | %s | %d | | | %.1f | %.1f | %.1f | %.2f |",
                clients, e.getKey(), h.getTotalCount(), ms(h, 50), p99, inP99, p99 / inP99);
          }
          out.line(
              "| %d | **all** | %d | %d | %.1f | %.1f | %.1f | | |",
              clients, o.sent(), o.errors(), o.throughput(), ms(o.all(), 50), ms(o.all(), 99));
          if (o.unsent() > 0) {
            out.line(
                "| %d | **not sent**: server saturated, backlog given up after 2x the run time |"
                    + " %d | | | | | | |",
                clients, o.unsent());
          }
        }
        out.line("");
        out.line("- server memory after the runs: %s", server.memory());
      }
      out.save();
      return 0;
    }
  }

  @Command(name = "startup", description = "java -jar to first answered query; heap after warm-up.")
  static final class Startup implements Callable<Integer> {
    @CommandLine.ParentCommand BenchMain parent;

    @Override
    public Integer call() throws Exception {
      Results out = parent.results("startup", "./ccm bench startup");
      Path index = parent.dir.resolve("index");
      // The first search of each kind after start (none of them the start-up probe "convention"):
      // answers the warm-up did not prepare, so the cost of a cold path shows.
      List<String> kinds = QueryMix.ORDER;
      List<String> firstOfEach =
          kinds.stream().map(k -> QueryMix.KINDS.get(k).get(0).urlParameters()).toList();
      out.line(
          "| run | s to first answered query | first search of each kind after start, ms (%s) |"
              + " memory after warm-up |",
          String.join(", ", kinds));
      out.line("|---:|---:|---|---|");
      for (int run = 1; run <= 3; run++) {
        try (ServerProcess server =
            ServerProcess.start(
                parent.jar,
                index,
                parent.dir.resolve("corpus"),
                parent.dir.resolve("server.log"),
                "1g")) {
          double first = server.secondsToFirstAnswer();
          String searches =
              server.firstSearches(firstOfEach).stream()
                  .map(ms -> "%.0f".formatted(ms))
                  .collect(java.util.stream.Collectors.joining(" / "));
          new ConstantRateLoad(server.base()).run(2, 10, Duration.ofSeconds(10));
          out.line("| %d | %.2f | %s | %s (-Xmx1g) |", run, first, searches, server.memory());
        }
      }
      out.save();
      return 0;
    }
  }

  @Command(
      name = "solr",
      description = "Indexing and HTTP on a running local SolrCloud beside the embedded index.")
  static final class Solr implements Callable<Integer> {
    @CommandLine.ParentCommand BenchMain parent;

    @Option(names = "--solr-url", required = true, description = "the cluster, e.g. http://…/solr")
    String url;

    @Option(names = "--solr-pid", required = true, description = "its JVM (for its CPU time)")
    long pid;

    @Option(names = "--seconds", defaultValue = "30")
    int seconds;

    @Option(names = "--rate", defaultValue = "2", description = "requests/s per client")
    double rate;

    @Override
    public Integer call() throws Exception {
      Results out = parent.results("solr", "./ccm bench solr");
      new SolrBench(parent.dir, parent.jar, url, pid, seconds, rate).run(out);
      out.save();
      return 0;
    }
  }

  static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }

  /** The HTTP mix run in this JVM against the same index: the baseline of the overhead ratio. */
  static final class InProcess {
    static Map<String, Histogram> latencies(Path index, int rounds) throws Exception {
      Map<String, Histogram> byKind = new java.util.LinkedHashMap<>();
      try (LuceneArchiveIndex service = LuceneArchiveIndex.open(index, new IndexSchema())) {
        for (int round = -10; round < rounds; round++) {
          for (String kind : QueryMix.ORDER) {
            for (BenchQuery q : QueryMix.KINDS.get(kind)) {
              long t = System.nanoTime();
              service.search(q.request());
              if (round >= 0) {
                byKind
                    .computeIfAbsent(kind, k -> new Histogram(3))
                    .recordValue((System.nanoTime() - t) / 1000);
              }
            }
          }
        }
      }
      return byKind;
    }
  }
}
