package org.ccmarchive.index;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * One SolrCloud, reached over HTTP with SolrJ's JDK client (no Jetty on our classpath): the owner
 * of the connection, of retrying, and of collections, aliases and the configset. {@code
 * CCM_SOLR_URL} may list several nodes, comma-separated; a request that cannot reach one node tries
 * the next, and a request the cluster cannot serve for now (a node lost, a leader being elected) is
 * retried with growing pauses before it fails.
 */
public final class SolrCluster implements Closeable {

  /** The environment variable naming the cluster: {@code http://host:8983/solr[,http://…]}. */
  public static final String URL_VARIABLE = "CCM_SOLR_URL";

  /** The environment variable naming the alias searches read; default {@link #DEFAULT_ALIAS}. */
  public static final String COLLECTION_VARIABLE = "CCM_SOLR_COLLECTION";

  public static final String DEFAULT_ALIAS = "ccm";

  /**
   * Pauses between attempts of one request: about a minute in all, enough for a leader election.
   */
  static final List<Duration> BACKOFF =
      List.of(0, 250, 500, 1000, 2000, 4000, 8000, 16000, 30000).stream()
          .map(Duration::ofMillis)
          .toList();

  private final List<SolrClient> nodes;
  private final String alias;
  private final List<Duration> backoff;
  private final PrintStream log;

  public SolrCluster(List<String> urls, String alias, PrintStream log) {
    this(urls, alias, BACKOFF, log);
  }

  SolrCluster(List<String> urls, String alias, List<Duration> backoff, PrintStream log) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no Solr URL");
    }
    this.nodes =
        urls.stream()
            .map(
                u ->
                    (SolrClient)
                        new HttpJdkSolrClient.Builder(u.strip().replaceAll("/+$", ""))
                            // HTTP/2 over cleartext needs an upgrade the JDK client does per
                            // request; plain HTTP/1.1 keeps connections simple.
                            .useHttp1_1(true)
                            .withConnectionTimeout(10, TimeUnit.SECONDS)
                            .withRequestTimeout(120, TimeUnit.SECONDS)
                            .build())
            .toList();
    this.alias = alias;
    this.backoff = backoff;
    this.log = log;
  }

  /**
   * The cluster {@code CCM_SOLR_URL} names, reading alias {@code CCM_SOLR_COLLECTION}; empty when
   * the variable is unset or blank (the embedded index is used).
   */
  public static Optional<SolrCluster> fromEnvironment(Map<String, String> env, PrintStream log) {
    String urls = env.getOrDefault(URL_VARIABLE, "");
    if (urls.isBlank()) {
      return Optional.empty();
    }
    String alias = env.getOrDefault(COLLECTION_VARIABLE, "");
    List<String> list = Arrays.stream(urls.split(",")).filter(s -> !s.isBlank()).toList();
    return Optional.of(new SolrCluster(list, alias.isBlank() ? DEFAULT_ALIAS : alias, log));
  }

  /** The alias (or collection) searches read. */
  public String alias() {
    return alias;
  }

  /** Work against one node's client. */
  @FunctionalInterface
  public interface Call<T> {
    T run(SolrClient client) throws SolrServerException, IOException;
  }

  /**
   * Runs {@code call}, on the next node when one cannot be reached, and again after a pause while
   * the cluster cannot serve it; a request Solr refuses (a 4xx: bad syntax, unknown field) fails at
   * once.
   */
  public <T> T call(String what, Call<T> call) throws IOException {
    Exception last = null;
    for (int attempt = 0; attempt < backoff.size(); attempt++) {
      pause(backoff.get(attempt));
      SolrClient client = nodes.get(attempt % nodes.size());
      try {
        return call.run(client);
      } catch (SolrException e) {
        if (e.code() >= 400 && e.code() < 500) {
          throw new IOException(what + ": Solr refused it: " + e.getMessage(), e);
        }
        last = e;
      } catch (SolrServerException | IOException e) {
        last = e;
      }
      if (attempt + 1 < backoff.size() && log != null) {
        log.printf(
            "note: %s failed (%s); retrying in %d ms%n",
            what, reason(last), backoff.get(attempt + 1).toMillis());
      }
    }
    throw new IOException(
        what + " failed after " + backoff.size() + " attempts: " + reason(last), last);
  }

  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getCause() != null
        && !(t instanceof ConnectException)
        && !(t instanceof HttpTimeoutException)) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static void pause(Duration d) throws IOException {
    if (d.isZero()) {
      return;
    }
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry", e);
    }
  }

  /**
   * A filter for documents whose {@code field} is any of {@code values}, as verbatim terms; the
   * separator is a control character no id or facet value holds (quoted: unquoted, Solr's local
   * parameters take it for a space).
   */
  public static String anyOf(String field, java.util.Collection<String> values) {
    return "{!terms f=" + field + " separator=\"\u001f\"}" + String.join("\u001f", values);
  }

  /** The collections {@link #alias()} points to; empty when it is no alias (yet). */
  public List<String> aliased() throws IOException {
    Map<String, List<String>> aliases =
        call(
            "listing aliases",
            c -> new CollectionAdminRequest.ListAliases().process(c).getAliasesAsLists());
    return aliases.getOrDefault(alias, List.of());
  }

  /** Whether a collection (not an alias) of this name exists. */
  boolean collectionExists(String name) throws IOException {
    return call("listing collections", c -> CollectionAdminRequest.listCollections(c))
        .contains(name);
  }

  /**
   * Creates an empty collection with the archive's configset (uploaded first when the cluster lacks
   * this build's), routed by record id so that a record's passages share a shard: grouping passages
   * by record then needs no cross-shard merge.
   */
  void createCollection(String name, int shards, int replicas) throws IOException {
    String config = uploadConfigset();
    call(
        "creating collection " + name,
        c -> {
          CollectionAdminRequest.Create create =
              CollectionAdminRequest.createCollection(name, config, shards, replicas)
                  .setRouterField(IndexSchema.RECORD_ID);
          create.setWaitForFinalState(true);
          return create.process(c);
        });
  }

  /** Points the alias at {@code collection} alone: searches move to it at once. */
  void pointAliasAt(String collection) throws IOException {
    call(
        "pointing alias " + alias + " at " + collection,
        c -> CollectionAdminRequest.createAlias(alias, collection).process(c));
  }

  void deleteCollection(String name) throws IOException {
    call(
        "deleting collection " + name,
        c -> CollectionAdminRequest.deleteCollection(name).process(c));
  }

  /** How many nodes are live: the replicas a new collection gets (at most 2). */
  int liveNodes() throws IOException {
    Object live =
        call(
                "reading the cluster state",
                c -> CollectionAdminRequest.getClusterStatus().process(c).getResponse())
            ._get(List.of("cluster", "live_nodes"), null);
    return live instanceof List<?> l ? l.size() : 1;
  }

  /**
   * Uploads the configset {@link SolrConfigset} generates, named by its content ({@code
   * ccm-<hash>}), unless the cluster has it: a changed schema is a new configset, never an edit of
   * the one a live collection uses.
   */
  String uploadConfigset() throws IOException {
    Map<String, String> files = new SolrConfigset(new IndexSchema()).files();
    String name = "ccm-" + hash(files);
    List<String> existing =
        call(
            "listing configsets",
            c -> {
              ConfigSetAdminResponse.List r = new ConfigSetAdminRequest.List().process(c);
              return r.getConfigSets();
            });
    if (!existing.contains(name)) {
      byte[] zip = zip(files);
      call(
          "uploading configset " + name,
          c -> {
            ConfigSetAdminRequest.Upload up = new ConfigSetAdminRequest.Upload();
            up.setConfigSetName(name);
            up.setUploadStream(
                new ContentStreamBase.ByteArrayStream(zip, name + ".zip", "application/zip"));
            return up.process(c);
          });
    }
    return name;
  }

  private static String hash(Map<String, String> files) {
    try {
      var sha = java.security.MessageDigest.getInstance("SHA-256");
      files.forEach(
          (k, v) -> {
            sha.update(k.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(v.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
          });
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Override
  public void close() throws IOException {
    List<IOException> failed = new ArrayList<>();
    for (SolrClient c : nodes) {
      try {
        c.close();
      } catch (IOException e) {
        failed.add(e);
      }
    }
    if (!failed.isEmpty()) {
      throw failed.getFirst();
    }
  }
}
