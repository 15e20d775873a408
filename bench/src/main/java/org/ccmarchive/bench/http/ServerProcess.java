package org.ccmarchive.bench.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.bench.Commands;

/**
 * The packaged server ({@code java -jar ccm-archive.jar serve}) on a free loopback port, started
 * and timed to its first answered query; always stopped by {@link #close()}.
 */
public final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final double secondsToFirstAnswer;

  private ServerProcess(Process process, int port, double secondsToFirstAnswer) {
    this.process = process;
    this.port = port;
    this.secondsToFirstAnswer = secondsToFirstAnswer;
  }

  public static ServerProcess start(Path jar, Path index, Path corpus, Path log, String heap)
      throws IOException, InterruptedException {
    return start(jar, index, corpus, log, heap, Map.of(), List.of());
  }

  /**
   * Starts {@code jar}'s server with {@code serveOptions} added to {@code serve}; fails with the
   * server's own words when it exits (an older jar refusing a newer index, say).
   */
  public static ServerProcess start(
      Path jar, Path index, Path corpus, Path log, String heap, List<String> serveOptions)
      throws IOException, InterruptedException {
    return start(jar, index, corpus, log, heap, Map.of(), serveOptions);
  }

  /**
   * As {@link #start(Path, Path, Path, Path, String, List)}, with {@code env} added to the server's
   * environment (e.g. {@code CCM_SOLR_URL}).
   */
  public static ServerProcess start(
      Path jar,
      Path index,
      Path corpus,
      Path log,
      String heap,
      Map<String, String> env,
      List<String> options)
      throws IOException, InterruptedException {
    int port = freePort();
    String stem = log.getFileName().toString().replaceFirst("\\.log$", "");
    List<String> args = new ArrayList<>(List.of("-Xmx" + heap));
    // As ./ccm serve starts it: class-data sharing, the archive written by the first run; one
    // archive per log, so two jars never overwrite each other's.
    args.addAll(Commands.classDataSharing(log.resolveSibling(stem + ".jsa")));
    args.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "serve",
            "--index",
            index.toString(),
            "--corpus",
            corpus.toString(),
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port)));
    args.addAll(options);
    List<String> cmd = Commands.java(args.toArray(String[]::new));
    long start = System.nanoTime();
    ProcessBuilder builder = Commands.logged(cmd, log);
    builder.environment().putAll(env);
    Process p = builder.start();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI first = URI.create("http://127.0.0.1:" + port + "/api/search?q=convention");
    long deadline = start + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IOException(
            "server exited with "
                + p.exitValue()
                + Commands.firstProblem(log).map(why -> ": " + why).orElse("")
                + " (see "
                + log
                + ")");
      }
      try {
        var r =
            client.send(
                HttpRequest.newBuilder(first).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return new ServerProcess(p, port, (System.nanoTime() - start) / 1e9);
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(10);
    }
    p.destroyForcibly();
    throw new IOException("server did not answer within 120 s (see " + log + ")");
  }

  /** Whether {@code jar}'s {@code serve} has {@code option} (older jars lack newer options). */
  public static boolean serveAccepts(Path jar, String option)
      throws IOException, InterruptedException {
    String help =
        run(Commands.java("-jar", jar.toString(), "serve", "--help").toArray(String[]::new));
    return help.contains(option);
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  /** CPU seconds the server process has used so far (all its threads). */
  public double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  public double secondsToFirstAnswer() {
    return secondsToFirstAnswer;
  }

  /**
   * Milliseconds of each search, sent one after the other as the first searches a fresh server
   * answers after its first: what a visitor waits for before the server is warm. Each must answer
   * 200.
   */
  public List<Double> firstSearches(List<String> urlParameters)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    List<Double> ms = new ArrayList<>();
    for (String parameters : urlParameters) {
      URI uri = URI.create(base() + "/api/search?" + parameters);
      long t = System.nanoTime();
      var r =
          client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      ms.add((System.nanoTime() - t) / 1e6);
      if (r.statusCode() != 200) {
        throw new IOException(uri + " answered " + r.statusCode());
      }
    }
    return ms;
  }

  /** Live heap after a full GC and resident set, in MB (NaN when unreadable). */
  public record Memory(double liveHeapMb, double residentMb) {
    @Override
    public String toString() {
      return "%.0f MB live heap after full GC, %.0f MB resident".formatted(liveHeapMb, residentMb);
    }
  }

  /** Live heap after a full GC and resident memory, via {@code jcmd} and /proc. */
  public Memory memory() throws IOException, InterruptedException {
    String jcmd =
        Path.of(ProcessHandle.current().info().command().orElse("java"))
            .resolveSibling("jcmd")
            .toString();
    String pid = Long.toString(process.pid());
    run(jcmd, pid, "GC.run");
    String info = run(jcmd, pid, "GC.heap_info");
    Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
    double heap = m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    String status = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/status"));
    Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
    double resident = rss.find() ? Long.parseLong(rss.group(1)) / 1024.0 : Double.NaN;
    return new Memory(heap, resident);
  }

  private static String run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
