package org.ccmarchive.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.SavedSearchStore;
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

  @Override
  public Integer call() throws Exception {
    SearchService service;
    MemoryService memory;
    try {
      service = SearchService.open(index, new IndexSchema());
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
    PublicBase publicBase;
    try {
      publicBase = PublicBase.fromEnvironment();
    } catch (IllegalArgumentException e) {
      System.err.println("ccm: " + e.getMessage());
      return 2;
    }
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
            admin(token, service, corpusDir),
            publicBase);
    var server = app.create().start(host, port);
    var refresher = new IndexRefresher(service, 2_000);
    System.err.printf(
        "CCM Archive at http://%s:%d/%s%n",
        host.contains(":") ? "[" + host + "]" : host,
        server.port(),
        host.equals("127.0.0.1") || host.equals("localhost")
            ? " (this machine only; --host 0.0.0.0 to publish)"
            : "");
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
