package org.ccmarchive.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code results/targets.md}: every target of issue 16 with the figures the other benchmarks
 * measured ({@code results/<name>.properties}), its limit, and whether it is met, for the baseline
 * jar and the new build side by side. A figure no benchmark produced says so; nothing is judged on
 * a figure that is not there.
 */
public final class Targets {

  /** The corpus size the issue's targets are stated for. */
  static final int TARGET_RECORDS = 20_000;

  /** One judged cell: the figure as shown, and met / not met (null: not judged). */
  record Judged(String figure, Boolean met) {
    static Judged missing(String why) {
      return new Judged(why, null);
    }
  }

  /** A target, its limit, and how one jar's figures are judged against it. */
  record Target(String name, String limit, boolean perJar, Judge judge) {}

  interface Judge {
    Judged of(Figures f, String role);
  }

  /** The figures of every step, by step file name ("query") then key. */
  record Figures(Map<String, Properties> bySteps, Double totalSeconds) {

    Optional<Double> number(String key) {
      return text(key).flatMap(Figures::parse);
    }

    Optional<String> text(String key) {
      for (Properties p : bySteps.values()) {
        String v = p.getProperty(key);
        if (v != null) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }

    private static Optional<Double> parse(String v) {
      try {
        return Optional.of(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    /** Why a jar has no figures in {@code step}, if the step recorded a failure. */
    String absent(String step, String role) {
      return text(step + "." + role + ".failed")
          .map(w -> "did not run: " + w)
          .orElse("not measured");
    }
  }

  static final List<Target> TARGETS =
      List.of(
          new Target(
              "full index files/s vs `recollindex` on the same folder",
              "≥ 1× Recoll's",
              false,
              (f, r) ->
                  ratio(
                      f,
                      "index.files_per_s",
                      "index.recoll_files_per_s",
                      "%.1f vs %.1f files/s = **%.2f×**",
                      true,
                      1)),
          new Target(
              "PDF subset: `ccm index` time / `pdftotext` (2 parallel jobs)",
              "≤ 3",
              false,
              (f, r) ->
                  f.number("index.pdf_ratio")
                      .map(v -> new Judged("**%.1f×**".formatted(v), v <= 3))
                      .orElse(Judged.missing("not measured (pdftotext missing?)"))),
          new Target(
              "Lucene-only GB of passage text per hour per core (stage split)",
              "≥ 20",
              false,
              (f, r) ->
                  f.number("index.lucene_gb_h_core")
                      .map(v -> new Judged("**%.1f**".formatted(v), v >= 20))
                      .orElse(Judged.missing("not measured"))),
          new Target(
              "no-change re-index vs Recoll's no-change run",
              "≤ 2× Recoll's",
              false,
              (f, r) ->
                  ratio(
                      f,
                      "index.nochange_s",
                      "index.recoll_nochange_s",
                      "%.1f s vs %.1f s = **%.1f×**",
                      false,
                      2)),
          latency("term search p99, in-process (JMH)", "query", "term"),
          latency("phrase search p99, in-process (JMH)", "query", "phrase"),
          latency("3-facet search p99, in-process (JMH `drilldown3`)", "query", "drilldown3"),
          new Target(
              "HTTP p99 at 10 clients × 2 req/s, answers not kept",
              "≤ 50 ms",
              true,
              (f, r) -> {
                String key = "http." + r + ".10x2";
                return f.number(key + ".p99")
                    .map(
                        p99 ->
                            uncached(f, key)
                                ? new Judged(
                                    "**%.1f ms** (%s errors)"
                                        .formatted(p99, whole(f, key + ".errors")),
                                    p99 <= 50)
                                : new Judged(
                                    "%.1f ms, answers kept (this jar has no `--cached-answers`): not comparable"
                                        .formatted(p99),
                                    null))
                    .orElse(Judged.missing(f.absent("http", r)));
              }),
          new Target(
              "searches answered per second at 50 clients (3.2 req/s each = 160/s offered), answers not kept",
              "≥ 150/s with 0 errors, 0 not sent",
              true,
              (f, r) -> {
                String key = "http." + r + ".50x3.2";
                Optional<Double> answered = f.number(key + ".answered_per_s");
                if (answered.isEmpty()) {
                  return Judged.missing(f.absent("http", r));
                }
                double errors = f.number(key + ".errors").orElse(Double.NaN);
                double unsent = f.number(key + ".not_sent").orElse(Double.NaN);
                String shown =
                    "**%.1f/s** answered, %.0f errors, %.0f not sent, p99 %.0f ms"
                        .formatted(
                            answered.get(),
                            errors,
                            unsent,
                            f.number(key + ".p99").orElse(Double.NaN));
                if (!uncached(f, key)) {
                  return new Judged(shown + ", answers kept: not comparable", null);
                }
                return new Judged(shown, answered.get() >= 150 && errors == 0 && unsent == 0);
              }),
          new Target(
              "first search of each kind on the seed corpus, right after the first answer (worst of runs 2–3; run 1 writes the class-data archive)",
              "≤ 100 ms",
              true,
              (f, r) ->
                  worst(f, "startup." + r + ".seed.first_search_ms", "ms", 100, "startup", r)),
          new Target(
              "first answered query after `java -jar … serve`, N-record index (worst of runs 2–3)",
              "≤ 1 s",
              true,
              (f, r) -> worst(f, "startup." + r + ".n.first_answer_s", "s", 1, "startup", r)),
          new Target(
              "live heap after a full GC, after 10 s of queries (-Xmx1g), N-record index",
              "≤ 1 GB",
              true,
              (f, r) ->
                  f.number("startup." + r + ".n.heap_mb.max")
                      .map(v -> new Judged("**%.0f MB**".formatted(v), v <= 1024))
                      .orElse(Judged.missing(f.absent("startup", r)))),
          new Target(
              "no loss: every gold file and the seed facet counts unchanged",
              "unchanged",
              false,
              (f, r) ->
                  Judged.missing(
                      "not a benchmark: the test suite checks it (gold and seed-facet tests)")),
          new Target(
              "`./ccm bench all` from nothing",
              "≤ 60 min",
              false,
              (f, r) ->
                  f.totalSeconds() == null
                      ? Judged.missing("not recorded (run through `./ccm bench all`)")
                      : new Judged(
                          "**%.1f min**".formatted(f.totalSeconds() / 60),
                          f.totalSeconds() <= 3600)));

  private Targets() {}

  private static Target latency(String name, String step, String benchmark) {
    return new Target(
        name,
        "≤ 30 ms",
        true,
        (f, r) ->
            f.number(step + "." + r + "." + benchmark + ".p99")
                .map(v -> new Judged("**%.1f ms**".formatted(v), v <= 30))
                .orElse(Judged.missing(f.absent(step, r))));
  }

  private static Judged ratio(
      Figures f, String ours, String theirs, String format, boolean atLeast, double limit) {
    Optional<Double> a = f.number(ours);
    Optional<Double> b = f.number(theirs);
    if (a.isEmpty() || b.isEmpty()) {
      return Judged.missing("not measured (recollindex missing?)");
    }
    double x = a.get() / b.get();
    return new Judged(format.formatted(a.get(), b.get(), x), atLeast ? x >= limit : x <= limit);
  }

  private static Judged worst(
      Figures f, String key, String unit, double limit, String step, String role) {
    Optional<Double> worst = f.number(key + ".max");
    if (worst.isEmpty()) {
      return Judged.missing(f.absent(step, role));
    }
    String fmt = unit.equals("s") ? "%.2f" : "%.0f";
    String run1 =
        f.number(key + ".run1" + (unit.equals("s") ? "" : ".max"))
            .map(v -> (", run 1: " + fmt + " %s").formatted(v, unit))
            .orElse("");
    return new Judged(
        ("**" + fmt + " %s**%s").formatted(worst.get(), unit, run1), worst.get() <= limit);
  }

  private static boolean uncached(Figures f, String key) {
    return f.text(key + ".uncached").map(Boolean::parseBoolean).orElse(false);
  }

  private static String whole(Figures f, String key) {
    return f.number(key).map(v -> "%.0f".formatted(v)).orElse("?");
  }

  /** Reads every {@code results/*.properties} but the targets' own. */
  static Figures read(Path dir, Double totalSeconds) throws IOException {
    Map<String, Properties> by = new TreeMap<>();
    Path results = dir.resolve("results");
    if (Files.isDirectory(results)) {
      try (Stream<Path> files = Files.list(results)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
          Properties props = new Properties();
          try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
          }
          by.put(p.getFileName().toString().replaceFirst("\\.properties$", ""), props);
        }
      }
    }
    by.remove("targets");
    return new Figures(by, totalSeconds);
  }

  /** The Markdown of the targets table, from {@code f}. */
  static List<String> table(Figures f) {
    List<String> roles = new ArrayList<>();
    if (f.text("jar.old").isPresent()) {
      roles.add(BenchJar.OLD);
    }
    roles.add(BenchJar.NEW);
    List<String> lines = new ArrayList<>();
    Optional<Double> records = f.number("generate.records");
    lines.add(
        records
            .map(
                n ->
                    n.intValue() == TARGET_RECORDS
                        ? "N = %,d records (the issue's targets are for N = 20,000)."
                            .formatted(n.intValue())
                        : "N = %,d records: **the issue's targets are for N = 20,000**; these figures only check the suite."
                            .formatted(n.intValue()))
            .orElse("N unknown (no results/generate.properties)."));
    lines.add("");
    StringBuilder head = new StringBuilder("| target (issue 16) | limit |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (String role : roles) {
      head.append(' ')
          .append(role)
          .append(' ')
          .append(f.text("jar." + role).orElse("commit unknown"))
          .append(" | met? |");
      rule.append("---|---|");
    }
    lines.add(head.toString());
    lines.add(rule.toString());
    for (Target t : TARGETS) {
      StringBuilder row = new StringBuilder("| " + t.name() + " | " + t.limit() + " |");
      for (String role : roles) {
        Judged j =
            t.perJar() || role.equals(BenchJar.NEW)
                ? t.judge().of(f, role)
                : Judged.missing("not run for the baseline");
        row.append(' ').append(j.figure()).append(" | ").append(verdict(j.met())).append(" |");
      }
      lines.add(row.toString());
    }
    lines.add("");
    StringBuilder loads = new StringBuilder("Load average at the start of each step:");
    f.bySteps()
        .forEach(
            (step, p) ->
                loads
                    .append(' ')
                    .append(step)
                    .append(' ')
                    .append(p.getProperty("load", "?"))
                    .append(';'));
    lines.add(loads.toString().replaceFirst(";$", "."));
    return lines;
  }

  private static String verdict(Boolean met) {
    return met == null ? "—" : met ? "**met**" : "**not met**";
  }

  public static void write(Path dir, Double totalSeconds) throws IOException {
    Figures f = read(dir, totalSeconds);
    Results out = new Results(dir, "targets", "./ccm bench targets (from results/*.properties)");
    for (String line : table(f)) {
      out.line(line);
    }
    if (totalSeconds != null) {
      out.figure("all.seconds", totalSeconds);
    }
    out.save();
    System.err.println(
        String.format(Locale.ROOT, "bench: targets judged on %d result files", f.bySteps().size()));
  }
}
