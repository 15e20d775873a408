package org.ccmarchive.web.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A closed-loop HTTP load client for {@code ./ccm check load}, JDK only, so it runs as a
 * single-file program ({@code java LoadClient.java}) against the packaged server.
 *
 * <p>{@code java LoadClient.java BASE_URL SECONDS NORMAL_CLIENTS HOSTILE_CLIENTS}: each client
 * sends one request after another for SECONDS. Normal clients draw from a mix of real searches,
 * record views and API calls; an error is anything but 200. Hostile clients draw from pathological
 * queries; an error is a 5xx, a failed connection or an answer slower than 2 s.
 */
public final class LoadClient {

  private static final Duration HOSTILE_BOUND = Duration.ofSeconds(2);

  private static final List<String> QUERIES =
      List.of(
          "stigmatization",
          "Article 4",
          "\"extension request\"",
          "clearance OR \"risk education\"",
          "universalization NOT Lebanon",
          "title:minutes",
          "munition*",
          "stockpile destruction",
          "victim assistance",
          "transparency report",
          "\"Lausanne Action Plan\"",
          "Germany",
          "Coordination Committee",
          "(Article 4) AND Germany",
          "stigmatisation~",
          "");

  private static final List<String> RECORDS =
      List.of("cc-minutes-30-january-2024.docx", "cc-minutes-26-november-2025.pdf");

  private static final List<String> HOSTILE =
      List.of(
          "/api/search?q=" + enc("*a*"),
          "/?q=" + enc("/(.*){20}/"),
          "/api/search?q="
              + enc(
                  IntStream.range(0, 5_000)
                      .mapToObj(i -> "t" + i)
                      .collect(Collectors.joining(" OR "))),
          "/api/search?q=convention&page=1000000",
          "/api/search?q=" + "x".repeat(100_000),
          "/api/search?q=" + enc("co* OR st* OR re* OR me* OR de* OR pr* OR in* OR ar*"),
          "/api/search?q=" + enc("stockpile~ OR report~ OR meeting~ OR article~ OR state~"),
          "/api/search?q=" + enc("co*") + "&page=100&size=100",
          "/?q="
              + enc(
                  IntStream.range(0, 250).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))),
          "/?q=" + enc("<script>alert(1)</script> \"><svg onload=alert(2)>"),
          "/doc/cc-minutes-30-january-2024.docx?q=" + enc("co* OR st* OR de*"),
          "/api/search?q=" + enc("\"the the the the the the the the\"~1000"));

  private LoadClient() {}

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String normalPath(ThreadLocalRandom rnd) {
    String q = enc(QUERIES.get(rnd.nextInt(QUERIES.size())));
    String id = RECORDS.get(rnd.nextInt(RECORDS.size()));
    return switch (rnd.nextInt(6)) {
      case 0, 1 -> "/api/search?q=" + q;
      case 2 -> "/?q=" + q + (rnd.nextBoolean() ? "&page=2&size=2" : "");
      case 3 -> "/doc/" + id + "?q=" + enc("stockpile");
      case 4 -> "/api/documents/" + id;
      default -> "/api/search?q=" + q + "&size=20";
    };
  }

  /** Latencies and errors of one kind of client. */
  static final class Stats {
    final List<long[]> perThread = new ArrayList<>();
    long errors;
    long busy;
    final List<String> samples = new ArrayList<>();

    synchronized void add(
        long[] latencies, int count, long errs, long busyAnswers, List<String> errorSamples) {
      perThread.add(Arrays.copyOf(latencies, count));
      errors += errs;
      busy += busyAnswers;
      for (String s : errorSamples) {
        if (samples.size() < 5) {
          samples.add(s);
        }
      }
    }

    String summary(String name, double seconds) {
      long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      if (all.length == 0) {
        return name + ": no requests";
      }
      return String.format(
          "%s: requests=%d errors=%d busy503=%d rate=%.0f/s p50=%.1fms p90=%.1fms p99=%.1fms"
              + " max=%.1fms%s",
          name,
          all.length,
          errors,
          busy,
          all.length / seconds,
          pct(all, 50),
          pct(all, 90),
          pct(all, 99),
          all[all.length - 1] / 1e6,
          samples.isEmpty() ? "" : " first errors: " + samples);
    }

    private static double pct(long[] sorted, int p) {
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, i)] / 1e6;
    }
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int seconds = Integer.parseInt(args[1]);
    int normal = Integer.parseInt(args[2]);
    int hostile = Integer.parseInt(args[3]);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    Stats normalStats = new Stats();
    Stats hostileStats = new Stats();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < normal + hostile; i++) {
      boolean isHostile = i >= normal;
      Stats stats = isHostile ? hostileStats : normalStats;
      threads.add(Thread.ofPlatform().start(() -> run(client, base, end, isHostile, stats)));
    }
    for (Thread t : threads) {
      t.join();
    }
    System.out.println(normalStats.summary("normal(" + normal + ")", seconds));
    if (hostile > 0) {
      System.out.println(hostileStats.summary("pathological(" + hostile + ")", seconds));
    }
    System.exit(normalStats.errors + hostileStats.errors == 0 ? 0 : 1);
  }

  private static void run(HttpClient client, String base, long end, boolean hostile, Stats stats) {
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    long[] latencies = new long[1 << 16];
    int count = 0;
    long errors = 0;
    long busy = 0;
    List<String> samples = new ArrayList<>();
    while (System.nanoTime() < end) {
      String path = hostile ? HOSTILE.get(rnd.nextInt(HOSTILE.size())) : normalPath(rnd);
      long start = System.nanoTime();
      String problem;
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        long took = System.nanoTime() - start;
        problem = verdict(r.statusCode(), took, hostile);
        busy += r.statusCode() == 503 ? 1 : 0;
      } catch (Exception e) {
        problem = e.getClass().getSimpleName();
      }
      long took = System.nanoTime() - start;
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = took;
      if (problem != null) {
        errors++;
        if (samples.size() < 5) {
          samples.add(problem + " " + path.substring(0, Math.min(path.length(), 80)));
        }
      }
    }
    stats.add(latencies, count, errors, busy, samples);
  }

  private static String verdict(int status, long tookNanos, boolean hostile) {
    if (!hostile) {
      return status == 200 ? null : "HTTP " + status;
    }
    if (status >= 500 && status != 503) {
      return "HTTP " + status;
    }
    if (tookNanos > HOSTILE_BOUND.toNanos()) {
      return "slow " + tookNanos / 1_000_000 + "ms";
    }
    return null;
  }
}
