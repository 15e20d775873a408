package org.ccmarchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packaged server jar a benchmark runs, with its role in the comparison ({@code new}: the one
 * just built; {@code old}: the baseline) and the commit it was built from.
 *
 * @param role "new" or "old"
 * @param path the jar
 * @param commit the commit as the jar's manifest records it ({@code Git-Commit}, with "+uncommitted
 *     changes" when {@code Git-Dirty} is true); for a jar built before the manifest carried it, the
 *     hex id in its file name, marked as such, else "commit unknown"
 */
public record BenchJar(String role, Path path, String commit) {

  public static final String NEW = "new";
  public static final String OLD = "old";

  private static final Pattern ID_IN_NAME = Pattern.compile("(?<![0-9a-f])([0-9a-f]{7,40})\\.jar$");

  public static BenchJar of(String role, Path jar) throws IOException {
    return new BenchJar(role, jar, commitOf(jar));
  }

  /** "new dbe2ce1": the column heading of this jar. */
  public String label() {
    return role + " " + commit;
  }

  /** One cell of each jar, in {@code jars}' order, as a table shows them side by side: "a / b". */
  public static String sideBySide(List<BenchJar> jars, Function<BenchJar, String> cell) {
    return String.join(" / ", jars.stream().map(cell).toList());
  }

  static String commitOf(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest m = file.getManifest();
      String id = m == null ? null : m.getMainAttributes().getValue("Git-Commit");
      if (id != null && !id.isBlank() && !id.equals("unknown") && !id.startsWith("${")) {
        boolean dirty = "true".equals(m.getMainAttributes().getValue("Git-Dirty"));
        return dirty ? id + "+uncommitted changes" : id;
      }
    }
    Matcher named = ID_IN_NAME.matcher(jar.getFileName().toString());
    return named.find() ? named.group(1) + " (from the file name)" : "commit unknown";
  }
}
