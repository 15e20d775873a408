package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.ccmarchive.web.common.Refusal;

/**
 * How often one client (by address) may write: a token bucket per client, {@code burst} writes at
 * once, then one per {@code every}. Behind a reverse proxy every client has the proxy's address and
 * shares one allowance; a proxy should then limit per client itself. A client over its allowance
 * gets 429 with {@code Retry-After}. At most {@link #MAX_CLIENTS} clients are remembered, so a
 * flood of addresses cannot grow the map without bound (past it, a tenth are forgotten, whichever
 * they are).
 */
public final class WriteLimiter {

  static final int MAX_CLIENTS = 10_000;

  private final int burst;
  private final long everyNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

  /** Tokens (scaled by {@code everyNanos}) as of {@code at}. */
  private record Bucket(long tokens, long at) {}

  public WriteLimiter(int burst, Duration every, LongSupplier nanoTime) {
    this.burst = burst;
    this.everyNanos = every.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Twenty writes at once, then one every thirty seconds: a person saving searches never waits. */
  public static WriteLimiter defaults() {
    return new WriteLimiter(20, Duration.ofSeconds(30), System::nanoTime);
  }

  /** Counts a write by the asking client, or refuses it with 429. */
  public void check(Context ctx) {
    // The socket's address, not ctx.ip(): that trusts X-Forwarded-For, which any client can set.
    long wait = take(ctx.req().getRemoteAddr());
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(Math.max(1, Duration.ofNanos(wait).toSeconds())));
      throw new Refusal(429, "error.too-many", "error.too-many.message");
    }
  }

  /** Takes one write from {@code client}'s allowance: 0 when allowed, else nanoseconds to wait. */
  long take(String client) {
    long now = nanoTime.getAsLong();
    long full = burst * everyNanos;
    long[] wait = {0};
    clients.compute(
        client,
        (k, b) -> {
          long tokens = b == null ? full : Math.min(full, b.tokens() + (now - b.at()));
          if (tokens < everyNanos) {
            wait[0] = everyNanos - tokens;
            return new Bucket(tokens, now);
          }
          return new Bucket(tokens - everyNanos, now);
        });
    if (clients.size() > MAX_CLIENTS) {
      forgetSome();
    }
    return wait[0];
  }

  /** Clients remembered now. */
  int remembered() {
    return clients.size();
  }

  private void forgetSome() {
    Iterator<String> it = clients.keySet().iterator();
    while (clients.size() > MAX_CLIENTS * 9 / 10 && it.hasNext()) {
      it.next();
      it.remove();
    }
  }
}
