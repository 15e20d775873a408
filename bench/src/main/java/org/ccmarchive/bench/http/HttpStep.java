package org.ccmarchive.bench.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.ccmarchive.bench.BenchJar;
import org.ccmarchive.bench.Machine;
import org.ccmarchive.bench.Results;
import org.ccmarchive.bench.query.BenchQuery;
import org.ccmarchive.bench.query.QueryMix;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.search.QueryLimits;

/**
 * {@code ./ccm bench http}: each jar's packaged server over the same index under open-loop load.
 * The mix has ~21 distinct searches, so a server that keeps answers would be measured answering
 * from memory: the main rows start the server with {@code --cached-answers 0} (every request
 * searches), and one labelled row runs with the answers kept, as a server runs by default.
 */
public final class HttpStep {

  /** Clients, requests/s each, and whether the server keeps answers. */
  record Load(int clients, double rate, boolean cached) {
    String key() {
      return clients + "x" + rateText() + (cached ? "-cached" : "");
    }

    String label() {
      return clients + " × " + rateText() + " req/s";
    }

    /** "2", "3.2": the rate as the keys and headings write it. */
    private String rateText() {
      return (rate == Math.rint(rate) ? "%.0f" : "%.1f").formatted(rate);
    }
  }

  /**
   * 10 clients × 2/s: the latency target's load. 50 clients × 3.2/s = 160/s offered: a server that
   * sustains the 150 searches/s answers at least 150 of them a second (at exactly 150/s
   * offered, the last answers' latency alone would keep the measured rate just under 150).
   */
  static final List<Load> UNCACHED = List.of(new Load(10, 2, false), new Load(50, 3.2, false));

  static final Load CACHED = new Load(50, 3.2, true);

  private final Path dir;
  private final List<BenchJar> jars;
  private final Map<BenchJar, Map<Load, ConstantRateLoad.Outcome>> outcomes = new LinkedHashMap<>();
  private final Map<BenchJar, Map<Load, String>> loads = new LinkedHashMap<>();
  private final Map<BenchJar, String> failed = new LinkedHashMap<>();
  private final Map<BenchJar, String> memory = new LinkedHashMap<>();
  private final Map<BenchJar, Boolean> uncachedAccepted = new LinkedHashMap<>();

  /** {@code jars} in column order (the baseline first, if any). */
  public HttpStep(Path dir, List<BenchJar> jars) {
    this.dir = dir;
    this.jars = jars;
  }

  public void run(Results out, int seconds) throws Exception {
    Path index = dir.resolve("index");
    Map<String, Histogram> inProcess = inProcess(index, 40);
    for (BenchJar jar : jars) {
      out.note("jar." + jar.role(), jar.commit());
      outcomes.put(jar, new LinkedHashMap<>());
      loads.put(jar, new LinkedHashMap<>());
      boolean accepts = ServerProcess.serveAccepts(jar.path(), "--cached-answers");
      uncachedAccepted.put(jar, accepts);
      try {
        List<String> uncached = accepts ? List.of("--cached-answers", "0") : List.of();
        measure(jar, index, uncached, UNCACHED, seconds, true);
        measure(jar, index, List.of(), List.of(CACHED), seconds, false);
      } catch (java.io.IOException e) {
        failed.put(jar, e.getMessage());
        out.note("http." + jar.role() + ".failed", e.getMessage());
      }
    }
    report(out, inProcess, seconds);
  }

  private void measure(
      BenchJar jar,
      Path index,
      List<String> options,
      List<Load> runs,
      int seconds,
      boolean memoryAfter)
      throws Exception {
    try (ServerProcess server =
        ServerProcess.start(
            jar.path(),
            index,
            dir.resolve("corpus"),
            dir.resolve("server-" + jar.role() + ".log"),
            "2g",
            options)) {
      ConstantRateLoad load = new ConstantRateLoad(server.base());
      load.run(4, 5, Duration.ofSeconds(10)); // warm-up, not reported
      for (Load l : runs) {
        outcomes.get(jar).put(l, load.run(l.clients(), l.rate(), Duration.ofSeconds(seconds)));
        loads.get(jar).put(l, Machine.loadAverage());
      }
      if (memoryAfter) {
        memory.put(jar, server.memory().toString());
      }
    }
  }

  private void report(Results out, Map<String, Histogram> inProcess, int seconds) {
    out.line(
        "Open-loop constant rate per client, %d s per run, loopback; latency from the intended send"
            + " time. Cells are %s.",
        seconds, BenchJar.sideBySide(jars, BenchJar::label));
    out.line("");
    for (BenchJar jar : jars) {
      if (!uncachedAccepted.get(jar)) {
        out.line(
            "- **%s has no `serve --cached-answers`**: its \"answers not kept\" rows ran with its"
                + " default cache (answers kept), so they are not comparable.",
            jar.label());
      }
    }
    failed.forEach(
        (jar, why) -> out.line("- **%s did not serve this index**: %s", jar.label(), why));
    out.line("");
    out.line(
        "| load | answers kept | offered req/s | answered req/s | errors | not sent | p50 ms | p99 ms | load average |");
    out.line("|---|---|---:|---:|---:|---:|---:|---:|---|");
    List<Load> all = new ArrayList<>(UNCACHED);
    all.add(CACHED);
    for (Load l : all) {
      out.line(
          "| %s | %s | %.0f | %s | %s | %s | %s | %s | %s |",
          l.label(),
          l.cached() ? "**yes** (server default)" : "no (`--cached-answers 0`)",
          l.clients() * l.rate(),
          cells(l, o -> "%.1f".formatted(o.answeredPerSecond())),
          cells(l, o -> Long.toString(o.errors())),
          cells(l, o -> Long.toString(o.unsent())),
          cells(l, o -> "%.1f".formatted(ms(o.all(), 50))),
          cells(l, o -> "%.1f".formatted(ms(o.all(), 99))),
          BenchJar.sideBySide(jars, j -> loads.get(j).getOrDefault(l, "—")));
      for (BenchJar jar : jars) {
        ConstantRateLoad.Outcome o = outcomes.get(jar).get(l);
        if (o != null) {
          String key = "http." + jar.role() + "." + l.key();
          out.figure(key + ".offered", o.offered());
          out.figure(key + ".answered_per_s", o.answeredPerSecond());
          out.figure(key + ".errors", o.errors());
          out.figure(key + ".not_sent", o.unsent());
          out.figure(key + ".p50", ms(o.all(), 50));
          out.figure(key + ".p99", ms(o.all(), 99));
          out.note(key + ".uncached", Boolean.toString(!l.cached() && uncachedAccepted.get(jar)));
        }
      }
    }
    out.line("");
    out.line("p99 ms by kind, answers not kept:");
    out.line("");
    StringBuilder head = new StringBuilder("| kind | in-process p99 ms (new, this JVM) |");
    StringBuilder rule = new StringBuilder("|---|---:|");
    for (Load l : UNCACHED) {
      head.append(" HTTP p99 ms ").append(l.label()).append(" |");
      rule.append("---:|");
    }
    out.line(head.toString());
    out.line(rule.toString());
    for (String kind : QueryMix.ORDER) {
      StringBuilder row = new StringBuilder("| " + kind + " | ");
      row.append("%.1f".formatted(ms(inProcess.get(kind), 99))).append(" |");
      for (Load l : UNCACHED) {
        row.append(' ')
            .append(cells(l, o -> "%.1f".formatted(ms(o.byKind().get(kind), 99))))
            .append(" |");
      }
      out.line(row.toString());
    }
    out.line("");
    memory.forEach((jar, m) -> out.line("- %s server memory after the runs: %s", jar.label(), m));
  }

  private String cells(Load l, Function<ConstantRateLoad.Outcome, String> cell) {
    return BenchJar.sideBySide(
        jars,
        j -> {
          ConstantRateLoad.Outcome o = outcomes.get(j).get(l);
          return o != null ? cell.apply(o) : failed.containsKey(j) ? "refused" : "—";
        });
  }

  /** A latency percentile of {@code h} (recorded in microseconds), in milliseconds. */
  public static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }

  /** The HTTP mix run in this JVM (new build, no kept answers): the HTTP overhead's baseline. */
  static Map<String, Histogram> inProcess(Path index, int rounds) throws Exception {
    Map<String, Histogram> byKind = new LinkedHashMap<>();
    try (LuceneArchiveIndex service =
        LuceneArchiveIndex.open(index, new IndexSchema(), QueryLimits.defaults().uncached())) {
      for (int round = -10; round < rounds; round++) {
        for (String kind : QueryMix.ORDER) {
          for (BenchQuery q : QueryMix.KINDS.get(kind)) {
            long t = System.nanoTime();
            service.search(q.request());
            if (round >= 0) {
              byKind
                  .computeIfAbsent(kind, k -> new Histogram(3))
                  .recordValue((System.nanoTime() - t) / 1000);
            }
          }
        }
      }
    }
    return byKind;
  }
}
