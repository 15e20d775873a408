package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.ccmarchive.web.common.Refusal;

/**
 * How often one client (by address) may do something: a token bucket per client, {@code burst} at
 * once, then one per {@code every}. Counts visitor writes ({@link #writes()}) and wrong admin
 * tokens ({@link #failedSignIns()}, counted only when they fail, see {@link #refuseIfSpent} and
 * {@link #count}). Behind a reverse proxy every client has the proxy's address and shares one
 * allowance; a proxy should then limit per client itself. A client over its allowance gets 429 with
 * {@code Retry-After}. At most {@link #MAX_CLIENTS} clients are remembered, so a flood of addresses
 * cannot grow the map without bound (past it, a tenth are forgotten, whichever they are).
 */
public final class ClientLimiter {

  static final int MAX_CLIENTS = 10_000;

  private final int burst;
  private final long everyNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

  /** Tokens (scaled by {@code everyNanos}) as of {@code at}. */
  private record Bucket(long tokens, long at) {}

  public ClientLimiter(int burst, Duration every, LongSupplier nanoTime) {
    this.burst = burst;
    this.everyNanos = every.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Twenty writes at once, then one every thirty seconds: a person saving searches never waits. */
  public static ClientLimiter writes() {
    return new ClientLimiter(20, Duration.ofSeconds(30), System::nanoTime);
  }

  /**
   * Five wrong admin tokens from one address at once, then one a minute: staff who mistype are not
   * slowed, a guesser gets a try a minute (scripts sending the token in a header count too).
   */
  public static ClientLimiter failedSignIns() {
    return new ClientLimiter(5, Duration.ofMinutes(1), System::nanoTime);
  }

  /** Counts a write by the asking client, or refuses it with 429. */
  public void check(Context ctx) {
    refuse(ctx, take(client(ctx), true), "error.too-many.message");
  }

  /**
   * Refuses with 429 (and {@code Retry-After}) a client with nothing left of its allowance, without
   * counting this request; the message {@code messageKey} gets the seconds to wait.
   */
  public void refuseIfSpent(Context ctx, String messageKey) {
    refuse(ctx, take(client(ctx), false), messageKey);
  }

  /** Counts one against the client's allowance (a wrong token; {@link #refuseIfSpent} first). */
  public void count(Context ctx) {
    take(client(ctx), true);
  }

  private static String client(Context ctx) {
    // The socket's address, not ctx.ip(): that trusts X-Forwarded-For, which any client can set.
    return ctx.req().getRemoteAddr();
  }

  private static void refuse(Context ctx, long waitNanos, String messageKey) {
    if (waitNanos > 0) {
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      ctx.header("Retry-After", Long.toString(seconds));
      throw new Refusal(429, "error.too-many", messageKey, seconds);
    }
  }

  /** Takes one from {@code client}'s allowance: 0 when allowed, else nanoseconds to wait. */
  long take(String client) {
    return take(client, true);
  }

  /**
   * 0 when {@code client} has one left, else the nanoseconds until it has; {@code spend}: take the
   * one left (a refused client takes nothing).
   */
  private long take(String client, boolean spend) {
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
          return new Bucket(spend ? tokens - everyNanos : tokens, now);
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
