package org.ccmarchive.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.LiveIndex;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.search.QueryLimits;
import org.ccmarchive.testing.TempFolders;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.ccmarchive.web.common.PublicBase;
import org.ccmarchive.web.security.AdminToken;

/** A started web app over an index of a corpus, on a free port, with a plain HTTP client. */
final class TestServer implements AutoCloseable {

  private final Site site;
  private final Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<Path> scratch = new ArrayList<>();

  private TestServer(Site site, Javalin app) {
    this.site = site;
    this.app = app;
  }

  /** Starts a server that uses a fresh store, and deletes the store's folder if it cannot. */
  private interface Starter {
    TestServer start(SavedSearchStore saved) throws IOException;
  }

  /**
   * A server over a saved-search store in a temporary folder of its own, deleted with the server
   * (or at once when the server cannot start).
   */
  private static TestServer withFreshSavedSearches(Starter starter) throws IOException {
    Path dir = Files.createTempDirectory("ccm-saved");
    try {
      TestServer server =
          starter.start(
              SavedSearchStore.open(dir.resolve("saved-searches.json"), Clock.systemUTC()));
      server.scratch.add(dir);
      return server;
    } catch (IOException | RuntimeException e) {
      TempFolders.delete(dir);
      throw e;
    }
  }

  static TestServer start(Path corpus, Path indexDir) throws IOException {
    TestCorpus.index(corpus, indexDir);
    return over(indexDir, corpus);
  }

  /** Serves an index built elsewhere (saved searches in a fresh temporary file). */
  static TestServer over(Path indexDir, Path corpus) throws IOException {
    return over(indexDir, corpus, TestLimits.unhurried());
  }

  /** Serves an index built elsewhere with the given query limits (e.g. no costly searches). */
  static TestServer over(Path indexDir, Path corpus, QueryLimits limits) throws IOException {
    return withFreshSavedSearches(saved -> over(indexDir, corpus, limits, saved));
  }

  /** Serves an index built elsewhere with the given saved searches (e.g. a nearly full store). */
  static TestServer over(Path indexDir, Path corpus, QueryLimits limits, SavedSearchStore saved)
      throws IOException {
    return over(indexDir, corpus, limits, saved, PublicBase.none());
  }

  /** As above, with feeds and exports linking to {@code publicBase}. */
  static TestServer over(
      Path indexDir, Path corpus, QueryLimits limits, SavedSearchStore saved, PublicBase publicBase)
      throws IOException {
    return serve(corpus, indexDir, AdminToken.none(), 0, limits, saved, publicBase);
  }

  /**
   * The site as {@code CCM_SOLR_URL=… ./ccm serve} wires it: over the SolrCloud those variables
   * name, reading {@code alias}, on a free loopback port.
   */
  static TestServer overSolr(Path corpus, String solrUrls, String alias) throws IOException {
    return overSolr(corpus, solrUrls, alias, AdminToken.none(), 0);
  }

  /** As above, with the staff routes on, guarded by {@code token}. */
  static TestServer overSolr(
      Path corpus, String solrUrls, String alias, AdminToken token, long maxUploadBytes)
      throws IOException {
    SolrCluster cluster =
        SolrCluster.fromEnvironment(
                Map.of(SolrCluster.URL_VARIABLE, solrUrls, SolrCluster.COLLECTION_VARIABLE, alias),
                new PrintStream(OutputStream.nullOutputStream()))
            .orElseThrow();
    return withFreshSavedSearches(
        saved -> {
          Site site =
              Site.openSolr(
                  new Site.Options(
                      corpus,
                      corpus.resolveSibling("no-index"),
                      saved,
                      token,
                      maxUploadBytes,
                      IndexOptions.defaults().withThreads(1),
                      TestLimits.unhurried(),
                      PublicBase.none()),
                  cluster);
          return new TestServer(site, site.start("127.0.0.1", 0));
        });
  }

  /** The site as {@code serve} wires it, on a free loopback port. */
  private static TestServer serve(
      Path corpus,
      Path indexDir,
      AdminToken token,
      long maxUpload,
      QueryLimits limits,
      SavedSearchStore saved,
      PublicBase publicBase)
      throws IOException {
    var indexing = IndexOptions.defaults().withThreads(1);
    Site site =
        Site.open(
            new Site.Options(
                corpus, indexDir, saved, token, maxUpload, indexing, limits, publicBase));
    return new TestServer(site, site.start("127.0.0.1", 0));
  }

  /** Shows a re-index made by a test to every reader (what the serve command does on a timer). */
  void refresh() throws IOException {
    site.index().refresh();
  }

  /** A form POST with the given extra headers (name, value pairs). */
  HttpResponse<String> postForm(String path, String form, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** With the staff routes on, guarded by {@code token}, uploads up to {@code maxUploadBytes}. */
  static TestServer startWithAdmin(Path corpus, Path indexDir, String token, long maxUploadBytes)
      throws IOException {
    TestCorpus.index(corpus, indexDir);
    return withFreshSavedSearches(
        saved ->
            serve(
                corpus,
                indexDir,
                AdminToken.of(token),
                maxUploadBytes,
                TestLimits.unhurried(),
                saved,
                PublicBase.none()));
  }

  /**
   * Signs in on the admin page as a browser would (same-origin form post of {@code token}) and
   * returns the staff session cookie, {@code name=value}, for a {@code Cookie} header.
   */
  String staffCookie(String token) throws IOException, InterruptedException {
    HttpResponse<String> r =
        postForm(
            "/admin/sign-in",
            "token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8),
            "Origin",
            base());
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in answered " + r.statusCode() + ": " + r.body());
    }
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(org.ccmarchive.web.security.StaffSessions.NAME + "="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The paths of the app's GET routes under {@code /api/}, as declared (e.g. {@code
   * /api/documents/{id}}).
   */
  java.util.Set<String> apiGetRoutes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(h -> h.endpoint)
        .filter(e -> e.method == io.javalin.http.HandlerType.GET && e.path.startsWith("/api/"))
        .map(e -> e.path)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The live index every reader of this site shares. */
  LiveIndex index() {
    return site.index();
  }

  /**
   * Sends on a connection of its own. For hostile requests the server refuses before reading them
   * whole: it may close that connection after answering, and a shared client could pick the closed
   * connection for its next POST (which it does not retry) and see no answer at all.
   */
  HttpResponse<String> sendAlone(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    try (HttpClient alone = HttpClient.newHttpClient()) {
      return alone.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  int port() {
    return app.port();
  }

  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return client.send(request.build(), body);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base() + pathAndQuery));
  }

  @Override
  public void close() throws IOException {
    try {
      app.stop();
      site.close();
    } finally {
      for (Path dir : scratch) {
        TempFolders.delete(dir);
      }
    }
  }
}
