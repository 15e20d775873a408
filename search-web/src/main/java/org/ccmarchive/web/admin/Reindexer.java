package org.ccmarchive.web.admin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.ccmarchive.index.CorpusIndexer;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.index.LiveIndex;

/** Runs the indexer for the web app, one run at a time, and shows the result to every reader. */
public final class Reindexer {

  private final Path corpus;
  private final Path index;
  private final IndexOptions options;
  private final LiveIndex live;
  private final ReentrantLock running = new ReentrantLock();

  public Reindexer(Path corpus, Path index, IndexOptions options, LiveIndex live) {
    this.corpus = corpus;
    this.index = index;
    this.options = options;
    this.live = live;
  }

  public Path corpus() {
    return corpus;
  }

  /** Indexes now; fails with {@link Busy} when another run from this app is in progress. */
  public IndexReport run(boolean full) throws IOException {
    if (!running.tryLock()) {
      throw new Busy();
    }
    try {
      IndexReport report = CorpusIndexer.run(corpus, index, options.withFull(full), System.err);
      live.refresh();
      return report;
    } finally {
      running.unlock();
    }
  }

  /** Waits for a running re-index, then indexes (uploads must not be refused for that). */
  public IndexReport runWhenFree() throws IOException {
    running.lock();
    try {
      return run(false);
    } finally {
      running.unlock();
    }
  }

  /** Another re-index is running. */
  public static final class Busy extends RuntimeException {
    Busy() {
      super("A re-index is already running; try again when it has finished.");
    }
  }
}
