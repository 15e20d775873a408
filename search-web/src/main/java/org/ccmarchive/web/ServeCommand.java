package org.ccmarchive.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.search.SearchService;
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

  @Override
  public Integer call() throws Exception {
    SearchService service = SearchService.open(index, new IndexSchema());
    MemoryService memory = MemoryService.open(index, new IndexSchema());
    Path savedFile =
        savedSearches != null
            ? savedSearches
            : index.toAbsolutePath().normalize().resolveSibling("saved-searches.json");
    SavedSearchStore saved = SavedSearchStore.open(savedFile, Clock.systemUTC());
    WebApp app =
        new WebApp(
            service, corpus.toAbsolutePath().normalize(), Templates.precompiled(), memory, saved);
    var server = app.create().start(host, port);
    System.err.printf("CCM Archive at http://localhost:%d/%n", server.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                }));
    stopped.await();
    memory.close();
    service.close();
    return 0;
  }
}
