package org.ccmarchive.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.SearchService;
import org.ccmarchive.testing.TestCorpus;

/** A started web app over an index of a corpus, on a free port, with a plain HTTP client. */
final class TestServer implements AutoCloseable {

  private final SearchService service;
  private final Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();

  private TestServer(SearchService service, Javalin app) {
    this.service = service;
    this.app = app;
  }

  static TestServer start(Path corpus, Path indexDir) throws IOException {
    TestCorpus.index(corpus, indexDir);
    return over(indexDir, corpus);
  }

  /** Serves an index built elsewhere (e.g. a synthetic {@code TestIndex}). */
  static TestServer over(Path indexDir, Path corpus) throws IOException {
    SearchService service = SearchService.open(indexDir, new IndexSchema());
    Javalin app =
        new WebApp(service, corpus, Templates.precompiled()).create().start("127.0.0.1", 0);
    return new TestServer(service, app);
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

  @Override
  public void close() throws IOException {
    app.stop();
    service.close();
  }
}
