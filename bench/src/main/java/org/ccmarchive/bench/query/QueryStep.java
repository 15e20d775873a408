package org.ccmarchive.bench.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ccmarchive.bench.BenchJar;
import org.ccmarchive.bench.Commands;
import org.ccmarchive.bench.Results;

/**
 * {@code ./ccm bench query}: {@link QueryBench} under JMH for the new build and, given a baseline
 * jar, for that jar over the same index, side by side. Answers are not kept between searches unless
 * asked ({@code --cached}), in both builds: the mix repeats, so kept answers would be measured.
 */
public final class QueryStep {

  /** The user-facing kinds, whose p99 the in-process target names. */
  private static final List<String> TARGET_KINDS = List.of("term", "phrase", "drilldown3");

  private final Path dir;
  private final List<BenchJar> jars;

  /** {@code jars} in column order (the baseline first, if any). */
  public QueryStep(Path dir, List<BenchJar> jars) {
    this.dir = dir;
    this.jars = jars;
  }

  public void run(Results out, int seconds, boolean cached) throws Exception {
    Path index = dir.resolve("index").toAbsolutePath();
    Map<BenchJar, QueryRuns.Run> runs = new LinkedHashMap<>();
    Map<BenchJar, String> failed = new LinkedHashMap<>();
    for (BenchJar jar : jars) {
      out.note("jar." + jar.role(), jar.commit());
      if (jar.role().equals(BenchJar.NEW)) {
        runs.put(jar, QueryRuns.here(index, seconds, cached));
        continue;
      }
      Path log = dir.resolve("query-" + jar.role() + ".log");
      Files.deleteIfExists(log);
      try {
        runs.put(jar, QueryRuns.withJar(jar, index, seconds, cached, log));
      } catch (Exception e) {
        String why = Commands.firstProblem(log).orElse(e.getMessage());
        failed.put(jar, why);
        out.note("query." + jar.role() + ".failed", why);
      }
    }
    out.line(
        "JMH SampleTime, 1 fork, 2×%d s warm-up, 3×%d s measurement per benchmark; answers %s.",
        seconds,
        seconds,
        cached ? "kept between searches (--cached)" : "not kept (every search runs)");
    out.line(
        "Jars: %s.",
        String.join(", ", jars.stream().map(j -> j.role() + " = " + j.commit()).toList()));
    out.line("");
    List<String> head = new ArrayList<>(List.of("benchmark"));
    for (String col : List.of("samples", "p50 ms", "p99 ms", "mean ms")) {
      for (BenchJar jar : jars) {
        head.add(col + " " + jar.role());
      }
    }
    out.line("| " + String.join(" | ", head) + " |");
    out.line("|---" + "|---:".repeat(head.size() - 1) + "|");
    List<String> names = new ArrayList<>();
    runs.values()
        .forEach(
            r ->
                r.byBenchmark().keySet().stream()
                    .filter(n -> !names.contains(n))
                    .forEach(names::add));
    // A benchmark that threw has no result: listed as such, never dropped from the table.
    EXPECTED.stream().filter(n -> !names.contains(n)).forEach(names::add);
    for (String name : names) {
      List<String> cells = new ArrayList<>(List.of(name));
      addCells(cells, runs, name, s -> "%d".formatted(s.samples()));
      addCells(cells, runs, name, s -> "%.2f".formatted(s.p50()));
      addCells(cells, runs, name, s -> "%.2f".formatted(s.p99()));
      addCells(cells, runs, name, s -> "%.2f".formatted(s.mean()));
      out.line("| " + String.join(" | ", cells) + " |");
      for (var e : runs.entrySet()) {
        QueryRuns.Stats s = e.getValue().byBenchmark().get(name);
        if (s != null) {
          String key = "query." + e.getKey().role() + "." + name;
          out.figure(key + ".p50", s.p50());
          out.figure(key + ".p99", s.p99());
          out.figure(key + ".mean", s.mean());
        }
      }
    }
    out.line("");
    for (String name : EXPECTED) {
      for (var e : runs.entrySet()) {
        if (!e.getValue().byBenchmark().containsKey(name)) {
          out.line(
              "- %s: **%s has no result** (the benchmark threw: see the JMH output)",
              e.getKey().label(), name);
        }
      }
    }
    failed.forEach(
        (jar, why) -> out.line("- **%s did not run the query benchmark**: %s", jar.label(), why));
    for (var e : runs.entrySet()) {
      derived(out, e.getKey(), e.getValue());
    }
    out.note("query.targetKinds", String.join(",", TARGET_KINDS));
  }

  /** The benchmarks of {@link QueryBench}, in the table whether or not they ran. */
  static final List<String> EXPECTED =
      List.of(
          "booleanQuery",
          "daterange",
          "drilldown3",
          "fuzzy",
          "phrase",
          "term",
          "termCount",
          "termFacetCount",
          "termGroupOnly");

  private void addCells(
      List<String> cells,
      Map<BenchJar, QueryRuns.Run> runs,
      String name,
      Function<QueryRuns.Stats, String> cell) {
    for (BenchJar jar : jars) {
      QueryRuns.Run r = runs.get(jar);
      QueryRuns.Stats s = r == null ? null : r.byBenchmark().get(name);
      cells.add(s == null ? "—" : cell.apply(s));
    }
  }

  /** Facet cost per matching passage and the highlighting share, from the probes. */
  private static void derived(Results out, BenchJar jar, QueryRuns.Run run) {
    Map<String, QueryRuns.Stats> by = run.byBenchmark();
    QueryRuns.Stats count = by.get("termCount");
    QueryRuns.Stats facet = by.get("termFacetCount");
    QueryRuns.Stats group = by.get("termGroupOnly");
    QueryRuns.Stats term = by.get("term");
    if (count == null || facet == null || group == null || term == null) {
      return;
    }
    double matches = run.meanTermMatches();
    out.line(
        "- %s: facet counting (every dimension in the index) %.0f ns per matching passage (%.0f"
            + " passages per term query on average); highlighting + loading the top 10 records"
            + " %.0f%% of a term search (mean %.2f ms of %.2f ms)",
        jar.label(),
        (facet.mean() - count.mean()) * 1e6 / matches,
        matches,
        100 * (term.mean() - group.mean()) / term.mean(),
        term.mean() - group.mean(),
        term.mean());
  }
}
