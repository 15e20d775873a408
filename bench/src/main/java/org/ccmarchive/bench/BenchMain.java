package org.ccmarchive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ccmarchive.bench.corpus.CorpusGenerator;
import org.ccmarchive.bench.http.HttpStep;
import org.ccmarchive.bench.index.IndexBench;
import org.ccmarchive.bench.query.QueryStep;
import org.ccmarchive.bench.solr.SolrBench;
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
      BenchMain.TargetsStep.class,
      BenchMain.Solr.class
    })
public final class BenchMain implements Runnable {

  @Option(names = "--dir", required = true, description = "Bench folder (corpus, indexes, results)")
  Path dir;

  @Option(names = "--jar", description = "The packaged server jar (ccm-archive.jar)")
  Path jar;

  @Option(
      names = "--baseline-jar",
      description =
          "An older server jar: query, http and startup also run it over the same index, side by"
              + " side (./ccm bench: CCM_BENCH_BASELINE_JAR)")
  Path baselineJar;

  @Option(
      names = "--seed-corpus",
      description = "The repository's seed corpus: startup also times first searches over it")
  Path seedCorpus;

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

  /** The jars to compare, in column order: the baseline (if any), then the new build. */
  private List<BenchJar> jars() throws java.io.IOException {
    List<BenchJar> jars = new java.util.ArrayList<>();
    if (baselineJar != null) {
      jars.add(BenchJar.of(BenchJar.OLD, baselineJar));
    }
    jars.add(BenchJar.of(BenchJar.NEW, jar));
    return jars;
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
      out.figure("generate.records", s.records());
      out.figure("generate.paragraphs", s.paragraphs());
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
      Results out = parent.results("query", "./ccm bench query");
      new QueryStep(parent.dir, parent.jars()).run(out, seconds, cached);
      out.save();
      return 0;
    }
  }

  @Command(name = "http", description = "Packaged server under constant-rate load (needs --jar).")
  static final class Http implements Callable<Integer> {
    @CommandLine.ParentCommand BenchMain parent;

    @Option(names = "--seconds", defaultValue = "30")
    int seconds;

    @Override
    public Integer call() throws Exception {
      Results out = parent.results("http", "./ccm bench http");
      new HttpStep(parent.dir, parent.jars()).run(out, seconds);
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
      new StartupStep(parent.dir, parent.seedCorpus, parent.jars()).run(out);
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

  @Command(
      name = "targets",
      description = "results/targets.md: every issue-16 target, judged on the other results.")
  static final class TargetsStep implements Callable<Integer> {
    @CommandLine.ParentCommand BenchMain parent;

    @Option(names = "--total-seconds", description = "how long `bench all` took")
    Double totalSeconds;

    @Override
    public Integer call() throws Exception {
      Targets.write(parent.dir, totalSeconds);
      return 0;
    }
  }
}
