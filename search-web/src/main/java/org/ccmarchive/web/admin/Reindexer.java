package org.ccmarchive.web.admin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.ccmarchive.index.CorpusIndexer;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.index.LiveIndex;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.index.SolrIndexer;
import org.ccmarchive.search.ArchiveIndex;

/**
 * Runs the indexer for the web app, one run at a time, and shows the result to every reader: into
 * the embedded index, or into the SolrCloud collection the site is served from (the same pipeline
 * as {@code ./ccm index}, either way).
 */
public final class Reindexer {

  /** One indexing run into the index the site reads, made visible to its readers. */
  @FunctionalInterface
  public interface Run {
    IndexReport index(boolean full) throws IOException;
  }

  private final Path corpus;
  private final Run indexing;
  private final ReentrantLock running = new ReentrantLock();

  private Reindexer(Path corpus, Run indexing) {
    this.corpus = corpus;
    this.indexing = indexing;
  }

  /**
   * Indexes {@code corpus} into the embedded index at {@code index}, then refreshes {@code live}.
   */
  public static Reindexer embedded(Path corpus, Path index, IndexOptions options, LiveIndex live) {
    return new Reindexer(
        corpus,
        full -> {
          IndexReport report = CorpusIndexer.run(corpus, index, options.withFull(full), System.err);
          live.refresh();
          return report;
        });
  }

  /**
   * Indexes {@code corpus} into {@code cluster}'s alias as {@code ./ccm index} does with {@code
   * CCM_SOLR_URL} (incremental, or a new collection and an alias swap when full), then refreshes
   * {@code search}.
   */
  public static Reindexer solr(
      Path corpus, SolrCluster cluster, IndexOptions options, ArchiveIndex search) {
    SolrIndexer indexer = new SolrIndexer(cluster, SolrIndexer.DEFAULT_SHARDS);
    return new Reindexer(
        corpus,
        full -> {
          IndexReport report = indexer.run(corpus, options.withFull(full), System.err);
          search.refresh();
          return report;
        });
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
      return indexing.index(full);
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
