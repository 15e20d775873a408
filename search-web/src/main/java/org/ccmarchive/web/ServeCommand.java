package org.ccmarchive.web;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ccmarchive.index.IndexSchema;
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

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on")
  String host;

  @Override
  public Integer call() throws Exception {
    SearchService service;
    try {
      service = SearchService.open(index, new IndexSchema());
    } catch (IllegalStateException e) {
      // No index, an outdated schema or a damaged index: say so and how to rebuild, no trace.
      System.err.println("ccm: " + e.getMessage());
      return 2;
    }
    WebApp app = new WebApp(service, corpus.toAbsolutePath().normalize(), Templates.precompiled());
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
    service.close();
    return 0;
  }
}
