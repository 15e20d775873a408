package org.ccmarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a corpus folder that are candidate records, in a stable order. */
public final class CorpusFiles {

  private CorpusFiles() {}

  /**
   * Regular files below {@code root}, skipping hidden files and folders and sidecar metadata
   * ({@code manifest.csv}, {@code *.meta.json}); symbolic links are not followed out of the corpus.
   */
  public static List<Path> list(Path root) throws IOException {
    Path realRoot = root.toRealPath();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(root, p))
          .filter(p -> !isSidecar(p))
          .filter(p -> isInside(realRoot, p))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static boolean isSidecar(Path p) {
    String name = p.getFileName().toString().toLowerCase();
    return name.equals("manifest.csv") || name.endsWith(".meta.json");
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The walk follows no link, so only a file that is itself a link can lead out of the corpus;
   * resolving only those keeps a run with nothing to do from resolving every path.
   */
  private static boolean isInside(Path realRoot, Path p) {
    if (!Files.isSymbolicLink(p)) {
      return true;
    }
    try {
      return p.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }
}
