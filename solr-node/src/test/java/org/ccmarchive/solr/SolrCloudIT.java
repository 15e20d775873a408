package org.ccmarchive.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SolrCloud: the packaged solr-node jar started twice as separate processes (the first with
 * ZooKeeper, the second joining it), the generated configset uploaded, a 2-shard × 2-replica
 * collection created, documents indexed with SolrJ and searched; Solr's analysis of the sample
 * texts equals our Lucene analyzers' (the fixture SolrConfigsetTest keeps); with one node stopped
 * every search still answers in full.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {

  private static final Path JAR = Path.of("target", "ccm-solr-node.jar");
  private static final Path CONFIGSET = Path.of("configset", "conf");
  private static final String COLLECTION = "ccm";

  /** Safety net only: nothing here is timed. */
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Process> processes = new ArrayList<>();

  private Path data;
  private String first;
  private Process second;
  private String secondNode;

  @BeforeAll
  void startTwoNodesAndCreateCollection(@TempDir Path data) throws Exception {
    this.data = data;
    assertThat(JAR).as("package the module first (mvn verify does)").exists();
    int port = freePorts();
    Started a = start("--nodes", "1", "--port", Integer.toString(port), "--data", "a");
    first = a.url();
    Started b =
        start("--zk", a.zk(), "--nodes", "1", "--port", Integer.toString(port + 1), "--data", "b");
    second = b.process();
    secondNode = "127.0.0.1:" + (port + 1) + "_solr";
    await("two live nodes", () -> liveNodes().size() == 2);

    JsonNode upload =
        send(
            HttpRequest.newBuilder(uri("/admin/configs?action=UPLOAD&name=" + COLLECTION))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(CONFIGSET))));
    assertThat(upload.at("/responseHeader/status").asInt()).isZero();
    JsonNode created =
        get(
            "/admin/collections?action=CREATE&name="
                + COLLECTION
                + "&numShards=2&replicationFactor=2&collection.configName="
                + COLLECTION
                + "&waitForFinalState=true");
    assertThat(created.at("/responseHeader/status").asInt()).as(created.toString()).isZero();

    try (Http2SolrClient solr = new Http2SolrClient.Builder(first).build()) {
      solr.add(COLLECTION, documents());
      solr.commit(COLLECTION);
    }
  }

  @AfterAll
  void stopEverything() throws InterruptedException {
    for (Process p : processes.reversed()) {
      p.destroy();
    }
    for (Process p : processes) {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void everyShardHasAReplicaOnEachNode() throws Exception {
    JsonNode shards =
        get("/admin/collections?action=CLUSTERSTATUS&collection=" + COLLECTION)
            .at("/cluster/collections/" + COLLECTION + "/shards");
    assertThat(shards.size()).isEqualTo(2);
    for (JsonNode shard : shards) {
      Set<String> nodes = new HashSet<>();
      shard.get("replicas").forEach(r -> nodes.add(r.get("node_name").asText()));
      assertThat(nodes).as(shard.toString()).hasSize(2);
    }
  }

  @Test
  void solrAnalysesTheSamplesAsOurLuceneAnalyzersDo() throws Exception {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/resources/org/ccmarchive/solr/analysis-expected.tsv"),
            StandardCharsets.UTF_8);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      String[] cols = line.split("\t", -1);
      String type = cols[0];
      List<String> expected = List.of(cols).subList(2, cols.length);
      JsonNode stages =
          get("/"
                  + COLLECTION
                  + "/analysis/field?analysis.fieldtype="
                  + enc(type)
                  + "&analysis.fieldvalue="
                  + enc(cols[1]))
              .at("/analysis/field_types/" + type + "/index");
      // The response lists [factory name, tokens] pairs; the last tokens are the terms.
      JsonNode last = stages.get(stages.size() - 1);
      List<String> terms = new ArrayList<>();
      last.forEach(t -> terms.add(t.get("text").asText()));
      assertThat(terms).as(type + ": " + cols[1]).isEqualTo(expected);
    }
  }

  @Test
  void searchesFindPassagesByTheirLanguageAndCountFacets() throws Exception {
    try (Http2SolrClient solr = new Http2SolrClient.Builder(first).build()) {
      assertThat(ids(solr, "text_fr:munition")).containsExactlyInAnyOrder("fr-1#1", "fr-1#2");
      assertThat(ids(solr, "text_en:clearing")).containsExactly("en-1#1");
      assertThat(ids(solr, "text_ar:الذخائر")).containsExactly("ar-1#1");
      SolrQuery q = new SolrQuery("kind:passage").setFacet(true).addFacetField("facet_speaker");
      QueryResponse r = solr.query(COLLECTION, q);
      assertThat(r.getResults().getNumFound()).isEqualTo(4);
      assertThat(r.getFacetField("facet_speaker").getValues())
          .anySatisfy(
              c -> {
                assertThat(c.getName()).isEqualTo("France");
                assertThat(c.getCount()).isEqualTo(2);
              });
    }
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: the other tests see both nodes
  void withOneNodeStoppedSearchesStillAnswerInFull() throws Exception {
    everyShardHasAReplicaOnEachNode();
    second.destroy(); // SIGTERM: the node deregisters and stops
    assertThat(second.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    await("the stopped node leaves live_nodes", () -> !liveNodes().contains(secondNode));
    // Each shard still has a live replica on the first node: every search answers, all of it.
    try (Http2SolrClient solr = new Http2SolrClient.Builder(first).build()) {
      for (int i = 0; i < 4; i++) {
        QueryResponse r = solr.query(COLLECTION, new SolrQuery("*:*"));
        assertThat(r.getResults().getNumFound()).isEqualTo(6);
        assertThat(r.getResponseHeader().get("partialResults")).isNull();
      }
      assertThat(ids(solr, "text_fr:munition")).containsExactlyInAnyOrder("fr-1#1", "fr-1#2");
    }
  }

  private List<SolrInputDocument> documents() {
    List<SolrInputDocument> docs = new ArrayList<>();
    docs.add(record("fr-1", "Rapport de la France"));
    docs.add(record("en-1", "Clearance report"));
    docs.add(
        passage(
            "fr-1",
            1,
            "fr",
            "France",
            "La France a détruit ses stocks d'armes à sous-munitions en 2024."));
    docs.add(
        passage(
            "fr-1",
            2,
            "fr",
            "France",
            "Les munitions restantes sont conservées pour la formation."));
    docs.add(
        passage(
            "en-1",
            1,
            "en",
            "Norway",
            "Norway is clearing contaminated land in partnership with affected States."));
    docs.add(passage("ar-1", 1, "ar", "Lebanon", "تواصل الدولة إزالة الذخائر غير المنفجرة."));
    return docs;
  }

  private static SolrInputDocument record(String id, String title) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField("id", id);
    d.addField("record_id", id);
    d.addField("kind", "record");
    d.addField("title", title);
    return d;
  }

  private static SolrInputDocument passage(
      String record, int ordinal, String lang, String speaker, String text) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField("id", record + "#" + ordinal);
    d.addField("record_id", record);
    d.addField("kind", "passage");
    d.addField("ordinal", ordinal);
    d.addField("passage_language", lang);
    d.addField("text", text);
    d.addField("text_" + lang, text);
    d.addField("text_neutral", text);
    d.addField("speaker", speaker);
    d.addField("facet_speaker", speaker);
    return d;
  }

  private static List<String> ids(Http2SolrClient solr, String query) throws Exception {
    return solr.query(COLLECTION, new SolrQuery(query).setRows(20)).getResults().stream()
        .map(d -> (String) d.getFieldValue("id"))
        .toList();
  }

  private record Started(Process process, String url, String zk) {}

  /** Starts the jar and waits for its "ready" line; the rest of its output goes to a log file. */
  private Started start(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-jar");
    cmd.add(JAR.toAbsolutePath().toString());
    for (int i = 0; i < args.length; i++) {
      cmd.add(args[i]);
      if (args[i].equals("--data")) {
        cmd.add(data.resolve(args[++i]).toString()); // each process its own folder
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
                String line;
                while ((line = in.readLine()) != null) {
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
    String[] r = ready.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    return new Started(p, r[0], r[1]);
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

  private Set<String> liveNodes() {
    try {
      Set<String> live = new HashSet<>();
      get("/admin/collections?action=CLUSTERSTATUS")
          .at("/cluster/live_nodes")
          .forEach(n -> live.add(n.asText()));
      return live;
    } catch (Exception e) {
      return Set.of();
    }
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what);
      }
      Thread.sleep(200);
    }
  }

  private URI uri(String path) {
    return URI.create(first + path + (path.contains("?") ? "&" : "?") + "wt=json");
  }

  private JsonNode get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private JsonNode send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r =
        http.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
    return json.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static byte[] zip(Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
