package org.ccmarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The figures of one benchmark, written as a Markdown fragment to {@code results/<name>.md} of the
 * bench folder (docs/benchmarks.md quotes them) and echoed to stderr; the figures the targets are
 * judged on also go to {@code results/<name>.properties}, which {@link Targets} reads.
 */
public final class Results {

  private final Path file;
  private final Path figuresFile;
  private final List<String> lines = new ArrayList<>();
  private final Map<String, String> figures = new TreeMap<>();

  public Results(Path benchDir, String name, String command) {
    this.file = benchDir.resolve("results").resolve(name + ".md");
    this.figuresFile = benchDir.resolve("results").resolve(name + ".properties");
    figures.put("load", Machine.loadAverage());
    lines.add("### " + name + " (" + Instant.now() + ")");
    lines.add("");
    lines.add("`" + command + "` — " + Machine.describe());
    lines.add("");
  }

  public void line(String format, Object... args) {
    String s = args.length == 0 ? format : String.format(format, args);
    lines.add(s);
    System.err.println(s);
  }

  /** A figure a target is judged on, under a dotted key ({@code query.new.term.p99}). */
  public void figure(String key, double value) {
    figures.put(key, String.format(Locale.ROOT, "%.4f", value));
  }

  /** A text beside the figures: a jar's commit, or why a figure is missing. */
  public void note(String key, String text) {
    figures.put(key, text);
  }

  public void save() throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    Properties props = new Properties();
    props.putAll(figures);
    try (var w = Files.newBufferedWriter(figuresFile, StandardCharsets.UTF_8)) {
      props.store(w, "figures of " + file.getFileName());
    }
    System.err.println("bench: wrote " + file);
  }
}
