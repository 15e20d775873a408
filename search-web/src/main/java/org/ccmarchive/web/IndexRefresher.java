package org.ccmarchive.web;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ccmarchive.index.LiveIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the running site see a re-index made by another process ({@code ./ccm index}) without a
 * restart: every few seconds the live index picks up the latest commit, or the new index a full
 * rebuild swapped in. Only commits are ever visible, so a half-written state never is.
 */
public final class IndexRefresher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IndexRefresher.class);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "index-refresher");
            t.setDaemon(true);
            return t;
          });

  /** What is refreshed: the live index, or the site whichever index it reads. */
  @FunctionalInterface
  public interface Target {
    void refresh() throws IOException;
  }

  public IndexRefresher(LiveIndex index, long everyMillis) {
    this(index::refresh, everyMillis);
  }

  public IndexRefresher(Target target, long everyMillis) {
    timer.scheduleWithFixedDelay(
        () -> refresh(target), everyMillis, everyMillis, TimeUnit.MILLISECONDS);
  }

  private static void refresh(Target target) {
    try {
      target.refresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not refresh the index (still serving the previous one): {}", e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
