package org.ccmarchive.bench.query;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccmarchive.bench.BenchJar;
import org.ccmarchive.bench.Commands;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link QueryBench} under JMH against the classes of one build. The new build's run starts
 * from this JVM. A baseline jar's run starts from a JVM whose class path holds the benchmark
 * classes, JMH and that jar only (none of the new build's classes): JMH forks its measuring JVM
 * with its parent's class path, so {@code QueryBench} then searches with the old jar's classes.
 */
public final class QueryRuns {

  /** JMH's statistics of one benchmark method, in milliseconds. */
  public record Stats(long samples, double p50, double p99, double mean) {}

  /** Every benchmark of one run, by method name, and the passages a term query matches. */
  public record Run(Map<String, Stats> byBenchmark, double meanTermMatches) {}

  private QueryRuns() {}

  /** The run with the classes on this JVM's class path. */
  public static Run here(Path index, int seconds, boolean cached)
      throws RunnerException, IOException {
    List<String> jvmArgs =
        new ArrayList<>(List.of("-Dccm.bench.index=" + index, "-Dccm.bench.cached=" + cached));
    jvmArgs.addAll(Commands.LAUNCHER_OPTIONS);
    var options =
        new OptionsBuilder()
            .include(QueryBench.class.getName())
            .forks(1)
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(seconds))
            .jvmArgsAppend(jvmArgs.toArray(String[]::new))
            .build();
    Map<String, Stats> by = new LinkedHashMap<>();
    for (RunResult r : new Runner(options).run()) {
      String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
      var st = r.getPrimaryResult().getStatistics();
      by.put(name, new Stats(st.getN(), st.getPercentile(50), st.getPercentile(99), st.getMean()));
    }
    return new Run(by, QueryBench.meanTermMatches(index));
  }

  /**
   * The run with {@code jar}'s classes in a JVM of its own; its JMH output goes to {@code log}.
   * Fails with the JVM's last lines when the jar cannot run the benchmark (an older API, or an
   * index its schema check refuses).
   */
  public static Run withJar(BenchJar jar, Path index, int seconds, boolean cached, Path log)
      throws IOException {
    Path out = Files.createTempFile(index.getParent(), "query-" + jar.role(), ".tsv");
    try {
      List<String> cmd =
          Commands.java(
              "-cp",
              String.join(File.pathSeparator, benchAndJmh()) + File.pathSeparator + jar.path(),
              QueryRuns.class.getName(),
              index.toString(),
              Integer.toString(seconds),
              Boolean.toString(cached),
              out.toString());
      Commands.timed(log, cmd);
      return read(out);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /**
   * This JVM's benchmark classes and JMH with its libraries: not the new build's archive classes.
   */
  private static List<String> benchAndJmh() {
    List<String> keep = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (entry.endsWith("bench" + File.separator + "target" + File.separator + "classes")
          || name.startsWith("jmh-core-")
          || name.startsWith("jopt-simple-")
          || name.startsWith("commons-math3-")) {
        keep.add(entry);
      }
    }
    return keep;
  }

  /** Entry point of the baseline's JVM: {@code <index> <seconds> <cached> <out.tsv>}. */
  public static void main(String[] args) throws Exception {
    Run run = here(Path.of(args[0]), Integer.parseInt(args[1]), Boolean.parseBoolean(args[2]));
    List<String> lines = new ArrayList<>();
    lines.add("meanTermMatches\t" + run.meanTermMatches());
    run.byBenchmark()
        .forEach(
            (name, s) ->
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "%s\t%d\t%f\t%f\t%f",
                        name,
                        s.samples(),
                        s.p50(),
                        s.p99(),
                        s.mean())));
    Files.write(Path.of(args[3]), lines, StandardCharsets.UTF_8);
    // JMH leaves non-daemon threads behind in some versions: the result is written, so end.
    System.exit(0);
  }

  private static Run read(Path tsv) throws IOException {
    Map<String, Stats> by = new LinkedHashMap<>();
    double matches = Double.NaN;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f[0].equals("meanTermMatches")) {
        matches = Double.parseDouble(f[1]);
      } else {
        by.put(
            f[0],
            new Stats(
                Long.parseLong(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4])));
      }
    }
    if (by.isEmpty()) {
      throw new IOException("the run wrote no results");
    }
    return new Run(by, matches);
  }
}
