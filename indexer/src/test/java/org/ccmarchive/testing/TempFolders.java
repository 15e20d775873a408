package org.ccmarchive.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Deletes the temporary folders tests make outside JUnit's {@code @TempDir} (folders shared past
 * one test, or made by a helper), so a test run leaves nothing in the system's temporary folder.
 */
public final class TempFolders {

  private TempFolders() {}

  /** Deletes {@code root} and all it holds; symbolic links are removed, never followed. */
  public static void delete(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
