package org.ccmarchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmarchive.bench.http.ConstantRateLoad;
import org.ccmarchive.bench.http.ServerProcess;
import org.ccmarchive.bench.query.QueryMix;

/**
 * {@code ./ccm bench startup}: for each jar, three starts of {@code java -jar … serve} over the
 * N-record index (seconds to the first answered query, the first search of each kind after it,
 * memory after 10 s of queries), then three starts over the repository's seed corpus, indexed by
 * that jar into the bench folder, with the first search of each kind right after the first answer.
 * Run 1 of each writes the class-data archive, as the very first {@code ./ccm serve} does; runs 2–3
 * use it, as every later start does.
 */
public final class StartupStep {

  private static final int RUNS = 3;

  /** One start: seconds to the first answer, ms of each kind's first search, memory, load. */
  record Start(
      double firstAnswer, List<Double> firstSearches, ServerProcess.Memory memory, String load) {}

  private final Path dir;
  private final Path seedCorpus;
  private final List<BenchJar> jars;

  public StartupStep(Path dir, Path seedCorpus, List<BenchJar> jars) {
    this.dir = dir;
    this.seedCorpus = seedCorpus;
    this.jars = jars;
  }

  public void run(Results out) throws Exception {
    List<String> firstOfEach =
        QueryMix.ORDER.stream().map(k -> QueryMix.KINDS.get(k).get(0).urlParameters()).toList();
    Map<BenchJar, List<Start>> big = new LinkedHashMap<>();
    Map<BenchJar, List<Start>> seed = new LinkedHashMap<>();
    Map<BenchJar, String> failed = new LinkedHashMap<>();
    for (BenchJar jar : jars) {
      out.note("jar." + jar.role(), jar.commit());
      try {
        big.put(
            jar, starts(jar, dir.resolve("index"), dir.resolve("corpus"), "n", firstOfEach, true));
      } catch (IOException e) {
        failed.put(jar, "N-record index: " + e.getMessage());
      }
      if (seedCorpus != null) {
        try {
          Path seedIndex = dir.resolve("seed-index-" + jar.role());
          Commands.timed(
              dir.resolve("seed-index-" + jar.role() + ".log"),
              Commands.java(
                  "-jar",
                  jar.path().toString(),
                  "index",
                  "--corpus",
                  seedCorpus.toString(),
                  "--index",
                  seedIndex.toString(),
                  "--full",
                  "--progress",
                  "lines"));
          seed.put(jar, starts(jar, seedIndex, seedCorpus, "seed", firstOfEach, false));
        } catch (IOException e) {
          failed.merge(jar, "seed corpus: " + e.getMessage(), (a, b) -> a + "; " + b);
        }
      }
    }
    String kinds = String.join(", ", QueryMix.ORDER);
    out.line(
        "Cells are %s. Run 1 writes the class-data archive; runs 2–3 use it.",
        BenchJar.sideBySide(jars, BenchJar::label));
    out.line("");
    failed.forEach((jar, why) -> out.line("- **%s could not start**: %s", jar.label(), why));
    out.line("");
    out.line("N-record index (`%s`):", dir.resolve("index"));
    out.line("");
    out.line(
        "| run | s to first answered query | first search of each kind after it, ms (%s) | live heap MB after 10 s of queries (-Xmx1g) | resident MB | load average |",
        kinds);
    out.line("|---:|---:|---|---:|---:|---|");
    table(out, big, true);
    out.line("");
    if (seedCorpus != null) {
      out.line("Seed corpus (`%s`, indexed by each jar):", seedCorpus);
      out.line("");
      out.line(
          "| run | s to first answered query | first search of each kind after it, ms (%s) | load average |",
          kinds);
      out.line("|---:|---:|---|---|");
      table(out, seed, false);
    } else {
      out.line("- seed corpus: not measured (no `--seed-corpus`)");
    }
    for (BenchJar jar : jars) {
      figures(out, "startup." + jar.role() + ".n", big.get(jar));
      figures(out, "startup." + jar.role() + ".seed", seed.get(jar));
      if (failed.containsKey(jar)) {
        out.note("startup." + jar.role() + ".failed", failed.get(jar));
      }
    }
  }

  private List<Start> starts(
      BenchJar jar, Path index, Path corpus, String what, List<String> firstOfEach, boolean memory)
      throws Exception {
    List<Start> starts = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      try (ServerProcess server =
          ServerProcess.start(
              jar.path(),
              index,
              corpus,
              dir.resolve("startup-" + what + "-" + jar.role() + ".log"),
              "1g")) {
        double first = server.secondsToFirstAnswer();
        List<Double> searches = server.firstSearches(firstOfEach);
        ServerProcess.Memory m = null;
        if (memory) {
          new ConstantRateLoad(server.base()).run(2, 10, Duration.ofSeconds(10));
          m = server.memory();
        }
        starts.add(new Start(first, searches, m, Machine.loadAverage()));
      }
    }
    return starts;
  }

  private void table(Results out, Map<BenchJar, List<Start>> byJar, boolean memory) {
    for (int run = 0; run < RUNS; run++) {
      int r = run;
      String first = cells(byJar, s -> "%.2f".formatted(s.firstAnswer()), r);
      String searches =
          cells(
              byJar,
              s ->
                  s.firstSearches().stream()
                      .map("%.0f"::formatted)
                      .collect(Collectors.joining(" ")),
              r);
      String load = cells(byJar, Start::load, r);
      if (memory) {
        out.line(
            "| %d | %s | %s | %s | %s | %s |",
            run + 1,
            first,
            searches,
            cells(byJar, s -> "%.0f".formatted(s.memory().liveHeapMb()), r),
            cells(byJar, s -> "%.0f".formatted(s.memory().residentMb()), r),
            load);
      } else {
        out.line("| %d | %s | %s | %s |", run + 1, first, searches, load);
      }
    }
  }

  private String cells(Map<BenchJar, List<Start>> byJar, Function<Start, String> cell, int run) {
    return BenchJar.sideBySide(
        jars, j -> byJar.containsKey(j) ? cell.apply(byJar.get(j).get(run)) : "—");
  }

  /** Worst of runs 2–3 (the archive in place), and run 1 apart. */
  private static void figures(Results out, String key, List<Start> starts) {
    if (starts == null) {
      return;
    }
    List<Start> warm = starts.subList(1, starts.size());
    out.figure(
        key + ".first_answer_s.max",
        warm.stream().mapToDouble(Start::firstAnswer).max().orElseThrow());
    out.figure(key + ".first_answer_s.run1", starts.get(0).firstAnswer());
    DoubleSummaryStatistics searches =
        warm.stream()
            .flatMap(s -> s.firstSearches().stream())
            .mapToDouble(Double::doubleValue)
            .summaryStatistics();
    out.figure(key + ".first_search_ms.max", searches.getMax());
    out.figure(
        key + ".first_search_ms.run1.max",
        starts.get(0).firstSearches().stream()
            .mapToDouble(Double::doubleValue)
            .max()
            .orElseThrow());
    if (starts.get(0).memory() != null) {
      out.figure(
          key + ".heap_mb.max",
          starts.stream().mapToDouble(s -> s.memory().liveHeapMb()).max().orElseThrow());
    }
  }
}
