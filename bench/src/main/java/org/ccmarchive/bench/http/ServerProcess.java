package org.ccmarchive.bench.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
   * As {@link #start(Path, Path, Path, Path, String)}, with {@code env} added to the server's
   * environment (e.g. {@code CCM_SOLR_URL}) and {@code options} added to {@code serve}'s.
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
    List<String> cmd =
        new java.util.ArrayList<>(
            Commands.java(
                "-Xmx" + heap,
                // As ./ccm serve starts it: class-data sharing, the archive written by the first
                // run.
                "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + log.resolveSibling("server.jsa"),
                "-Xlog:cds=off",
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
    cmd.addAll(options);
    long start = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    Process p = builder.start();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI first = URI.create("http://127.0.0.1:" + port + "/api/search?q=convention");
    long deadline = start + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IOException("server exited with " + p.exitValue() + " (see " + log + ")");
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
    List<Double> ms = new java.util.ArrayList<>();
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

  /** Live heap after a full GC and resident memory, in MB, via {@code jcmd} and /proc. */
  public String memory() throws IOException, InterruptedException {
    String jcmd =
        Path.of(ProcessHandle.current().info().command().orElse("java"))
            .resolveSibling("jcmd")
            .toString();
    String pid = Long.toString(process.pid());
    run(jcmd, pid, "GC.run");
    String info = run(jcmd, pid, "GC.heap_info");
    Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
    String heap = m.find() ? "%.0f".formatted(Long.parseLong(m.group(1)) / 1024.0) : "?";
    String status = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/status"));
    Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
    String resident = rss.find() ? "%.0f".formatted(Long.parseLong(rss.group(1)) / 1024.0) : "?";
    return heap + " MB live heap after full GC, " + resident + " MB resident";
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
