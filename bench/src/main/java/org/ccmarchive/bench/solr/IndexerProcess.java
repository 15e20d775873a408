package org.ccmarchive.bench.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmarchive.bench.Commands;

/**
 * One packaged indexer process ({@code java -jar ccm-archive.jar index …}) started in the
 * background, so that two can run at once, and timed: wall seconds, and CPU seconds of the indexer
 * with its parser worker processes, as {@code /usr/bin/time} counts them (the children a process
 * waited for are part of its user and system time).
 */
final class IndexerProcess {

  /** Wall and CPU seconds of one finished run; CPU NaN when {@code time} is not installed. */
  record Timed(double wall, double cpu) {}

  private static final String TIME = "/usr/bin/time";

  private final Process process;
  private final Path times;
  private final Path log;
  private final long start;

  private IndexerProcess(Process process, Path times, Path log, long start) {
    this.process = process;
    this.times = times;
    this.log = log;
    this.start = start;
  }

  static boolean cpuMeasured() {
    return Files.isExecutable(Path.of(TIME));
  }

  /** Starts {@code java -jar jar index <args>} with {@code env} added; output to {@code log}. */
  static IndexerProcess start(Path jar, Map<String, String> env, Path log, String... args)
      throws IOException {
    Path times = log.resolveSibling(log.getFileName() + ".time");
    Files.deleteIfExists(times);
    List<String> cmd = new ArrayList<>();
    if (cpuMeasured()) {
      cmd.addAll(List.of(TIME, "-f", "%U %S", "-o", times.toString()));
    }
    List<String> index = new ArrayList<>(List.of("-jar", jar.toString(), "index"));
    index.addAll(List.of(args));
    cmd.addAll(Commands.java(index.toArray(String[]::new)));
    ProcessBuilder builder = Commands.logged(cmd, log);
    builder.environment().putAll(env);
    long start = System.nanoTime();
    return new IndexerProcess(builder.start(), times, log, start);
  }

  /** Waits for the run; fails when it exits non-zero. */
  Timed await() throws IOException, InterruptedException {
    int rc = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    if (rc != 0) {
      throw new IOException("indexer exited " + rc + " (see " + log + ")");
    }
    double cpu = Double.NaN;
    if (Files.exists(times)) {
      String[] userSys = Files.readString(times).trim().split("\\s+");
      cpu = Double.parseDouble(userSys[0]) + Double.parseDouble(userSys[1]);
    }
    return new Timed(wall, cpu);
  }

  /** Runs one indexer to its end. */
  static Timed run(Path jar, Map<String, String> env, Path log, String... args)
      throws IOException, InterruptedException {
    return start(jar, env, log, args).await();
  }
}
