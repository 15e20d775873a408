package org.ccmarchive.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs an external command and times it; its output goes to a log file, not the terminal. */
public final class Commands {

  private Commands() {}

  /** Wall seconds of the command; fails when it exits non-zero. */
  public static double timed(Path log, List<String> command) throws IOException {
    long start = System.nanoTime();
    Process p = logged(command, log).start();
    try {
      int rc = p.waitFor();
      double s = (System.nanoTime() - start) / 1e9;
      if (rc != 0) {
        throw new IOException(
            "exit " + rc + " from " + String.join(" ", command) + " (see " + log + ")");
      }
      return s;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** {@code command} with its output and errors appended to {@code log}, not the terminal. */
  public static ProcessBuilder logged(List<String> command, Path log) {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
  }

  /** The options the launcher starts the archive's JVMs with (JMH's forks get them too). */
  public static final List<String> LAUNCHER_OPTIONS =
      List.of("--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector");

  /** {@code java} of this JVM with the launcher's options, then the given arguments. */
  public static List<String> java(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(LAUNCHER_OPTIONS);
    cmd.addAll(List.of(args));
    return cmd;
  }

  /**
   * Class-data sharing as ./ccm starts the jar: the archive written by the first run and used by
   * every later one.
   */
  public static List<String> classDataSharing(Path archive) {
    return List.of(
        "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
  }

  /**
   * The first line of {@code log} that reports a failure (an exception, an error, a refusal), so a
   * benchmark that could not run says why in its results instead of only "see the log".
   */
  public static Optional<String> firstProblem(Path log) {
    try (Stream<String> lines = Files.lines(log)) {
      return lines
          .filter(l -> PROBLEM.matcher(l).find())
          .map(l -> l.strip().replace('|', '/'))
          .map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
          .findFirst();
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static final Pattern PROBLEM =
      Pattern.compile("Exception|Error\\b|^ccm: |refus", Pattern.CASE_INSENSITIVE);

  public static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (new File(dir, tool).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
