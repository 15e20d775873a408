package org.ccmarchive.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.search.SearchService;
import org.ccmarchive.web.admin.AdminController;
import org.ccmarchive.web.admin.Reindexer;
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

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on")
  String host;

  @Option(
      names = "--max-upload-mb",
      defaultValue = "50",
      description = "Largest file staff may upload (default: ${DEFAULT-VALUE} MB)")
  long maxUploadMb;

  @Override
  public Integer call() throws Exception {
    SearchService service;
    MemoryService memory;
    try {
      service = SearchService.openVerifyingLater(index, new IndexSchema());
      memory = MemoryService.open(index, new IndexSchema());
    } catch (IllegalStateException e) {
      // No index, an outdated schema or a damaged index: say so and how to rebuild, no trace.
      System.err.println("ccm: " + e.getMessage());
      return 2;
    }
    Path savedFile =
        savedSearches != null
            ? savedSearches
            : index.toAbsolutePath().normalize().resolveSibling("saved-searches.json");
    SavedSearchStore saved = SavedSearchStore.open(savedFile, Clock.systemUTC());
    Path corpusDir = corpus.toAbsolutePath().normalize();
    AdminToken token = AdminToken.fromEnvironment();
    WebApp app =
        new WebApp(
            service,
            corpusDir,
            Templates.precompiled(),
            memory,
            saved,
            token,
            admin(token, service, corpusDir));
    var server = app.create().start(host, port);
    var refresher = new IndexRefresher(service, 2_000);
    System.err.printf("CCM Archive at http://localhost:%d/%n", server.port());
    warm(service);
    // Reading the whole index against its checksums took most of the start-up (docs/benchmarks.md):
    // it now runs while the server answers, and a damaged index still stops the server.
    try {
      service.verifyIntegrity();
    } catch (IllegalStateException e) {
      System.err.println("ccm: " + e.getMessage());
      server.stop();
      refresher.close();
      memory.close();
      service.close();
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
    memory.close();
    service.close();
    return 0;
  }

  /**
   * One search through the whole path (parsing, matching, facets, highlighting) right after the
   * server starts, so that the first reader does not pay for loading and compiling it.
   */
  private static void warm(SearchService service) {
    try {
      service.search(SearchRequest.of("convention"));
    } catch (RuntimeException e) {
      System.err.println("ccm: warming the searcher failed: " + e.getMessage());
    }
  }

  /** Staff upload and re-index, only when {@code CCM_ADMIN_TOKEN} is set. */
  private AdminController admin(AdminToken token, SearchService service, Path corpusDir) {
    if (!token.isConfigured()) {
      System.err.printf(
          "admin routes off (set %s, at least %d characters, to enable /admin)%n",
          AdminToken.ENV, AdminToken.MIN_LENGTH);
      return null;
    }
    var reindexer = new Reindexer(corpusDir, index, IndexOptions.defaults(), service);
    return new AdminController(reindexer, Templates.precompiled(), maxUploadMb * 1024 * 1024);
  }
}
