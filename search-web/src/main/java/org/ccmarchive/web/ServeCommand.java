package org.ccmarchive.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.search.QueryLimits;
import org.ccmarchive.web.common.PublicBase;
import org.ccmarchive.web.security.AdminToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: starts the web app over an existing index. */
@Command(
    name = "serve",
    description = "Serve the search site and API.",
    mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      defaultValue = "corpus",
      description = "Corpus folder (originals are served from it)")
  Path corpus;

  @Option(names = "--index", defaultValue = "data/index", description = "Index folder")
  Path index;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "HTTP port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--saved-searches",
      description = "Saved-search file (default: saved-searches.json next to the index folder)")
  Path savedSearches;

  /**
   * Loopback unless told otherwise: a fresh install is not published to the network by accident.
   * {@code --host 0.0.0.0} (or {@code HOST=0.0.0.0}) listens on every interface.
   */
  @Option(
      names = "--host",
      defaultValue = "${env:HOST:-127.0.0.1}",
      description =
          "Address to listen on (default: $HOST, else 127.0.0.1; 0.0.0.0 for every interface)")
  String host;

  @Option(
      names = "--max-upload-mb",
      defaultValue = "50",
      description = "Largest file staff may upload (default: ${DEFAULT-VALUE} MB)")
  long maxUploadMb;

  /**
   * Answers kept per index generation. A benchmark of the search path sets 0: with a small query
   * mix the kept answers would be measured, not the searches.
   */
  @Option(
      names = "--cached-answers",
      defaultValue = "" + QueryLimits.CACHED_ANSWERS,
      description =
          "Searches (and their facet counts) kept per index generation and answered again without"
              + " searching; 0 searches every time (default: ${DEFAULT-VALUE})")
  int cachedAnswers;

  /** The query limits of this server: the defaults, with {@code --cached-answers}. */
  QueryLimits limits() {
    QueryLimits d = QueryLimits.defaults();
    return new QueryLimits(d.timeBudget(), d.costlyConcurrency(), cachedAnswers);
  }

  @Override
  public Integer call() throws Exception {
    if (cachedAnswers < 0) {
      System.err.println("ccm: --cached-answers must be 0 or more, not " + cachedAnswers);
      return 2;
    }
    Path savedFile =
        savedSearches != null
            ? savedSearches
            : index.toAbsolutePath().normalize().resolveSibling("saved-searches.json");
    PublicBase publicBase;
    try {
      publicBase = PublicBase.fromEnvironment();
    } catch (IllegalArgumentException e) {
      System.err.println("ccm: " + e.getMessage());
      return 2;
    }
    AdminToken token = AdminToken.fromEnvironment();
    if (!token.isConfigured()) {
      System.err.printf(
          "admin routes off (set %s, at least %d characters, to enable /admin)%n",
          AdminToken.ENV, AdminToken.MIN_LENGTH);
    }
    var options =
        new Site.Options(
            corpus,
            index,
            SavedSearchStore.open(savedFile, Clock.systemUTC()),
            token,
            maxUploadMb * 1024 * 1024,
            IndexOptions.defaults(),
            limits(),
            publicBase);
    Site site;
    Optional<SolrCluster> solr = SolrCluster.fromEnvironment(System.getenv(), System.err);
    try {
      if (solr.isPresent()) {
        System.err.printf(
            "serving from SolrCloud (%s), alias %s; %s is not read%n",
            SolrCluster.URL_VARIABLE, solr.get().alias(), index);
        site = Site.openSolr(options, solr.get());
      } else {
        site = Site.openVerifyingLater(options);
      }
    } catch (IllegalStateException e) {
      // No index, an outdated schema or a damaged index: say so and how to rebuild, no trace.
      System.err.println("ccm: " + e.getMessage());
      return 2;
    }
    // What every search needs (facet state, record numbering, analysers) is built while the port
    // opens, not on the first visitor's clock; a search that comes first builds it itself.
    Thread preparing =
        Thread.ofPlatform()
            .name("ccm-prepare")
            .daemon()
            .start(
                () -> {
                  try {
                    site.prepare();
                  } catch (RuntimeException e) {
                    System.err.println("ccm: preparing the searcher failed: " + e.getMessage());
                  }
                });
    var server = site.start(host, port);
    var refresher = new IndexRefresher(site::refresh, 2_000);
    System.err.printf(
        "CCM Archive at http://%s:%d/%s%n",
        host.contains(":") ? "[" + host + "]" : host,
        server.port(),
        host.equals("127.0.0.1") || host.equals("localhost")
            ? " (this machine only; --host 0.0.0.0 to publish)"
            : "");
    preparing.join();
    try {
      long warming = System.nanoTime();
      int searches = site.warm();
      System.err.printf(
          "warmed the searcher with %d searches in %d ms%n",
          searches, (System.nanoTime() - warming) / 1_000_000);
    } catch (RuntimeException e) {
      System.err.println("ccm: warming the searcher failed: " + e.getMessage());
    }
    // Reading the whole index against its checksums took most of the start-up: it runs while the
    // server answers, and a damaged index still stops the server.
    try {
      site.verifyIntegrity();
    } catch (IllegalStateException e) {
      System.err.println("ccm: " + e.getMessage());
      server.stop();
      refresher.close();
      site.close();
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                }));
    stopped.await();
    refresher.close();
    site.close();
    return 0;
  }
}
