package org.ccmarchive.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.ccmarchive.bench.query.BenchQuery;
import org.ccmarchive.bench.query.QueryMix;

/**
 * Open-loop load: each of {@code clients} sends the query mix at a fixed rate, and a request's
 * latency is measured from when it was <em>meant</em> to be sent, so a stalled server shows up in
 * the figures instead of slowing the senders down (no coordinated omission).
 */
public final class ConstantRateLoad {

  /**
   * Latencies per kind and overall, errors, and requests completed per second.
   *
   * @param throughput requests completed (answered or failed) per second, from the first intended
   *     send to the last completion
   * @param offered requests per second the clients were meant to send
   */
  public record Outcome(
      Map<String, Histogram> byKind,
      Histogram all,
      long errors,
      long sent,
      long unsent,
      double throughput,
      double offered) {

    /** Requests answered 200. */
    public long answered() {
      return sent - errors;
    }

    /**
     * Requests answered 200 per second, from the first intended send to the last completion: a
     * server that keeps up answers nearly the offered rate, one that falls behind its own pace.
     */
    public double answeredPerSecond() {
      return sent == 0 ? 0 : throughput * answered() / sent;
    }
  }

  private final String base;

  public ConstantRateLoad(String base) {
    this.base = base;
  }

  public Outcome run(int clients, double perClientRate, Duration duration)
      throws InterruptedException {
    Map<String, Histogram> byKind = new LinkedHashMap<>();
    for (String k : QueryMix.ORDER) {
      byKind.put(k, new ConcurrentHistogram(3));
    }
    Histogram all = new ConcurrentHistogram(3);
    AtomicLong errors = new AtomicLong();
    AtomicLong sent = new AtomicLong();
    AtomicLong unsent = new AtomicLong();
    List<String[]> mix = mix();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long intervalNanos = (long) (1e9 / perClientRate);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    // A saturated server would make the backlog drain for ever: after twice the run time, the
    // requests still due are counted as not sent (the server could not keep up), not dropped.
    long giveUp = start + 2 * duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    // Clients are spread over one interval so they do not fire in lockstep.
                    long intended = start + intervalNanos * client / clients;
                    for (int i = client; intended < end; i += clients, intended += intervalNanos) {
                      if (System.nanoTime() > giveUp) {
                        unsent.incrementAndGet();
                        continue;
                      }
                      sleepUntil(intended);
                      String[] q = mix.get(i % mix.size());
                      boolean ok = send(http, q[1]);
                      long latency = System.nanoTime() - intended;
                      sent.incrementAndGet();
                      if (!ok) {
                        errors.incrementAndGet();
                      }
                      byKind.get(q[0]).recordValue(latency / 1000);
                      all.recordValue(latency / 1000);
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Outcome(
        byKind,
        all,
        errors.get(),
        sent.get(),
        unsent.get(),
        sent.get() / seconds,
        clients * perClientRate);
  }

  private boolean send(HttpClient http, String urlParameters) {
    URI uri = URI.create(base + "/api/search?" + urlParameters);
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  /** Every (kind, query) pair, interleaved so each kind recurs evenly. */
  static List<String[]> mix() {
    List<String[]> mix = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      for (String kind : QueryMix.ORDER) {
        List<BenchQuery> qs = QueryMix.KINDS.get(kind);
        mix.add(new String[] {kind, qs.get(i % qs.size()).urlParameters()});
      }
    }
    return mix;
  }

  private static void sleepUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(Duration.ofNanos(wait));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
