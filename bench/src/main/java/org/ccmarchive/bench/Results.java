package org.ccmarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one benchmark, written as a Markdown fragment to {@code results/<name>.md} of the
 * bench folder (docs/benchmarks.md quotes them) and echoed to stderr.
 */
public final class Results {

  private final Path file;
  private final List<String> lines = new ArrayList<>();

  public Results(Path benchDir, String name, String command) {
    this.file = benchDir.resolve("results").resolve(name + ".md");
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

  public void save() throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    System.err.println("bench: wrote " + file);
  }
}
