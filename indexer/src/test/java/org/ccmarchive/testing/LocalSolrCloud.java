package org.ccmarchive.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud of two nodes for tests, each node a process of its own running the packaged
 * {@code solr-node} jar (Solr 9 on Lucene 9 never shares this JVM's classpath): the first starts
 * the embedded ZooKeeper, the second joins it and can be stopped alone.
 */
public final class LocalSolrCloud implements AutoCloseable {

  /** Built by the solr-node module, which the reactor builds before this one. */
  public static final Path JAR =
      Path.of("..", "solr-node", "target", "ccm-solr-node.jar").toAbsolutePath().normalize();

  /** Safety net only: nothing is timed. */
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final List<Process> processes = new ArrayList<>();
  private final Path data;
  private final String url;
  private final String secondUrl;

  private LocalSolrCloud(Path data) throws Exception {
    this.data = Files.createDirectories(data);
    int port = freePorts();
    try {
      String[] first = start("--nodes", "1", "--port", Integer.toString(port), "--data", "a");
      this.url = first[0];
      String zk = first[1];
      this.secondUrl =
          start("--zk", zk, "--nodes", "1", "--port", Integer.toString(port + 1), "--data", "b")[0];
    } catch (Exception | Error e) {
      close(); // a node that started must not outlive a failed start
      throw e;
    }
  }

  /** Starts two nodes with their data under {@code data}. */
  public static LocalSolrCloud start(Path data) throws Exception {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR + " is missing: package solr-node first (./mvnw -pl solr-node package)");
    }
    return new LocalSolrCloud(data);
  }

  /** The first node's base URL ({@code http://127.0.0.1:P/solr}), which holds ZooKeeper. */
  public String url() {
    return url;
  }

  /** The second node's base URL. */
  public String secondUrl() {
    return secondUrl;
  }

  /** Stops the second node (SIGTERM: it leaves the cluster cleanly). */
  public void stopSecondNode() throws InterruptedException {
    Process second = processes.get(1);
    second.destroy();
    if (!second.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      second.destroyForcibly();
    }
  }

  /** Starts the jar and waits for its "ready" line; its output goes to a log file. */
  private String[] start(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-jar");
    cmd.add(JAR.toString());
    for (int i = 0; i < args.length; i++) {
      cmd.add(args[i]);
      if (args[i].equals("--data")) {
        cmd.add(data.resolve(args[++i]).toString());
      }
    }
    Path log = data.resolve("node-" + processes.size() + ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    processes.add(p);
    CompletableFuture<String[]> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              String zk = null;
              try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                  var out = Files.newBufferedWriter(log)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  out.write(line);
                  out.newLine();
                  out.flush();
                  if (line.startsWith("zookeeper ")) {
                    zk = line.substring("zookeeper ".length());
                  } else if (line.startsWith("ready ")) {
                    ready.complete(new String[] {line.substring("ready ".length()), zk});
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IllegalStateException("node exited; see " + log));
            },
            "solr-node-output");
    reader.setDaemon(true);
    reader.start();
    return ready.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }

  /** A port P with P, P+1 and P+1000 (ZooKeeper) free on loopback. */
  private static int freePorts() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int p;
      try (ServerSocket s = new ServerSocket(0)) {
        p = s.getLocalPort();
      }
      if (p + 1000 < 65535 && free(p + 1) && free(p + 1000)) {
        return p;
      }
    }
    throw new IllegalStateException("no free ports");
  }

  private static boolean free(int port) {
    try (ServerSocket s = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (Process p : processes.reversed()) {
      p.destroy();
    }
    for (Process p : processes) {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
