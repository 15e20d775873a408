package org.ccmarchive.web.common;

import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests the server is answering now, so that background work (the start-up warm-up) can
 * wait while visitors are served: on a busy 2-core machine the warm-up otherwise took the CPU the
 * first visitors' searches needed (docs/benchmarks.md, "start-up and first searches").
 */
public final class RequestsInFlight {

  private final AtomicInteger count = new AtomicInteger();

  /** A before-handler of every request. */
  public void started(Context ctx) {
    count.incrementAndGet();
  }

  /** An after-handler of every request (Javalin runs it also when the handler threw). */
  public void finished(Context ctx) {
    count.decrementAndGet();
  }

  /** Whether any request is being answered. */
  public boolean any() {
    return count.get() > 0;
  }
}
