package org.ccmarchive.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an external command and times it; its output goes to a log file, not the terminal. */
public final class Commands {

  private Commands() {}

  /** Wall seconds of the command; fails when it exits non-zero. */
  public static double timed(Path log, List<String> command) throws IOException {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
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

  /** {@code java} of this JVM with the launcher's options, then the given arguments. */
  public static List<String> java(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("--add-modules");
    cmd.add("jdk.incubator.vector");
    cmd.addAll(List.of(args));
    return cmd;
  }

  public static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (new File(dir, tool).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
