package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccmarchive.index.CorpusIndexer;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running site keeps answering while the index is rebuilt, then shows the new records. */
class LiveReindexIT {

  @Test
  void searchesSucceedDuringAReindexAndSeeItWhenItIsDone(@TempDir Path corpus, @TempDir Path data)
      throws Exception {
    Files.copy(
        TestCorpus.seedCorpus().resolve("CC-Minutes-30-January-2024.docx"),
        corpus.resolve("minutes.docx"));
    Path index = data.resolve("index");
    try (TestServer server = TestServer.start(corpus, index);
        IndexRefresher refresher = new IndexRefresher(server.index(), 200)) {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger ok = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      AtomicInteger partial = new AtomicInteger();
      List<String> failures = new CopyOnWriteArrayList<>();
      Thread searcher =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    var r = server.get("/api/search?q=stigmatization");
                    if (r.statusCode() == 200 && r.body().contains("minutes.docx")) {
                      ok.incrementAndGet();
                    } else if (r.statusCode() == 200 && r.body().contains("\"partial\":true")) {
                      // Cut short by the time budget on a starved CPU, and said so: not a
                      // failure of the re-index, but counted and printed.
                      partial.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                      failures.add(r.statusCode() + " " + abbreviate(r.body()));
                    }
                  } catch (Exception e) {
                    failed.incrementAndGet();
                    failures.add(e.toString());
                  }
                }
              });
      searcher.start();
      Files.copy(
          TestCorpus.seedCorpus().resolve("Statement-Universalization-Norway-Peru-IM2025.docx"),
          corpus.resolve("statement.docx"));
      var quiet = new PrintStream(OutputStream.nullOutputStream());
      var options = IndexOptions.defaults().withThreads(1);
      CorpusIndexer.run(corpus, index, options.withFull(true), quiet);
      Files.writeString(corpus.resolve("late.txt"), "A late note on pangolin matters.");
      CorpusIndexer.run(corpus, index, options, quiet);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!server.get("/api/search?q=pangolin").body().contains("late.txt")
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      stop.set(true);
      searcher.join();
      System.out.printf(
          "searches during re-index: %d ok, %d partial (time budget), %d failed%n",
          ok.get(), partial.get(), failed.get());
      assertThat(failures).as("failed searches").isEmpty();
      assertThat(ok.get()).isGreaterThan(10);
      assertThat(server.get("/api/search?q=pangolin").body()).contains("late.txt");
      assertThat(server.get("/api/search?q=Norway").body()).contains("statement.docx");
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
