package org.ccmarchive.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A local SolrCloud in the foreground: an embedded ZooKeeper and N Solr nodes, on 127.0.0.1 only,
 * data under one folder. With {@code --zk} it starts only nodes, joining that ZooKeeper (how a
 * second machine, or a test, adds a node it can later stop on its own).
 *
 * <pre>
 * java -jar ccm-solr-node.jar [--nodes N] [--port P] [--data DIR] [--zk HOST:PORT/solr]
 * </pre>
 *
 * Node i listens on P+i; the embedded ZooKeeper on P+1000 (Solr's own convention). Prints {@code
 * ready <url>} once every node is up; stops cleanly on SIGTERM or Ctrl-C.
 */
public final class SolrNode {

  private static final String LOOPBACK = "127.0.0.1";

  /** solr.xml of every node: SolrCloud on loopback, the port each node is given. */
  private static final String SOLR_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <solr>
        <str name="allowPaths">${solr.allowPaths:}</str>
        <solrcloud>
          <str name="host">127.0.0.1</str>
          <int name="hostPort">${hostPort:8983}</int>
          <str name="hostContext">${hostContext:solr}</str>
          <int name="zkClientTimeout">${zkClientTimeout:30000}</int>
          <bool name="genericCoreNodeNames">true</bool>
          <int name="leaderVoteWait">${leaderVoteWait:10000}</int>
        </solrcloud>
        <shardHandlerFactory name="shardHandlerFactory" class="HttpShardHandlerFactory">
          <int name="socketTimeout">${socketTimeout:90000}</int>
          <int name="connTimeout">${connTimeout:15000}</int>
        </shardHandlerFactory>
      </solr>
      """;

  record Options(int nodes, int port, Path data, String zk) {
    static Options parse(String[] args) {
      int nodes = 1;
      String env = System.getenv("SOLR_PORT");
      int port = env == null || env.isBlank() ? 8983 : number("SOLR_PORT", env.strip());
      Path data = Path.of("data", "solr");
      String zk = null;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--nodes" -> nodes = number(args[i], require(args[i], value));
          case "--port" -> port = number(args[i], require(args[i], value));
          case "--data" -> data = Path.of(require(args[i], value));
          case "--zk" -> zk = require(args[i], value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      if (nodes < 1 || nodes > 16) {
        throw new IllegalArgumentException("--nodes must be 1 to 16, not " + nodes);
      }
      if (port < 1 || port + nodes > 65535 || (zk == null && port + 1000 > 65535)) {
        throw new IllegalArgumentException("--port out of range: " + port);
      }
      return new Options(nodes, port, data.toAbsolutePath(), zk);
    }

    private static int number(String option, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a number, not " + value);
      }
    }

    private static String require(String option, String value) {
      if (value == null) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return value;
    }
  }

  private final Options options;
  private final List<JettySolrRunner> nodes = new ArrayList<>();
  private ZkTestServer zkServer;

  SolrNode(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("solr-node: " + e.getMessage());
      System.err.println(
          "usage: java -jar ccm-solr-node.jar [--nodes N] [--port P] [--data DIR] [--zk HOST:PORT/solr]");
      System.exit(2);
      return;
    }
    SolrNode cluster = new SolrNode(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  cluster.stop();
                  stopped.countDown();
                },
                "solr-node-stop"));
    try {
      cluster.start();
    } catch (Exception e) {
      System.err.println("solr-node: could not start: " + e);
      e.printStackTrace();
      System.exit(1);
    }
    System.out.println("ready http://" + LOOPBACK + ":" + options.port() + "/solr");
    System.out.flush();
    stopped.await();
  }

  void start() throws Exception {
    Files.createDirectories(options.data());
    String zkAddress = options.zk();
    if (zkAddress == null) {
      // Kept between runs, so a restarted cluster finds its collections again.
      zkServer = new ZkTestServer(options.data().resolve("zookeeper"), options.port() + 1000);
      zkServer.run(false);
      zkServer.ensurePathExists("/solr");
      zkAddress = zkServer.getZkAddress();
      System.out.println("zookeeper " + zkAddress);
    }
    System.setProperty("zkHost", zkAddress);
    System.setProperty("host", LOOPBACK);
    for (int i = 0; i < options.nodes(); i++) {
      int port = options.port() + i;
      Path home = options.data().resolve("node-" + port);
      Files.createDirectories(home);
      Files.writeString(home.resolve("solr.xml"), SOLR_XML, StandardCharsets.UTF_8);
      Properties props = new Properties();
      props.setProperty("hostPort", Integer.toString(port));
      props.setProperty("zkHost", zkAddress);
      JettyConfig config = JettyConfig.builder().setPort(port).stopAtShutdown(false).build();
      JettySolrRunner node = new JettySolrRunner(home.toString(), props, config);
      node.start();
      nodes.add(node);
      System.out.println("node " + node.getBaseUrl());
    }
  }

  synchronized void stop() {
    // Nodes first (they deregister from ZooKeeper), then ZooKeeper.
    for (JettySolrRunner node : nodes.reversed()) {
      try {
        node.stop();
      } catch (Exception e) {
        System.err.println("solr-node: stopping " + node.getBaseUrl() + ": " + e);
      }
    }
    nodes.clear();
    if (zkServer != null) {
      try {
        zkServer.shutdown();
      } catch (IOException | InterruptedException e) {
        System.err.println("solr-node: stopping zookeeper: " + e);
      }
      zkServer = null;
    }
  }
}
