package org.ccmarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a figure was taken on, and how busy it was: a figure without its load is noise. */
public final class Machine {

  private Machine() {}

  public static String describe() {
    return "%d cores, load %s, Java %s"
        .formatted(
            Runtime.getRuntime().availableProcessors(),
            loadAverage(),
            System.getProperty("java.version"));
  }

  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
