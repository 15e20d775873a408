package org.ccmarchive.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmarchive.enrich.Sidecar;

/** The files of a corpus folder that are candidate records, in a stable order. */
public final class CorpusFiles {

  private CorpusFiles() {}

  /**
   * A candidate record file as the walk found it.
   *
   * @param size bytes, of the linked file for a link
   * @param mtime modification time in milliseconds, of the linked file for a link
   * @param hasMeta true when a {@code <file>.meta.json} lies beside it
   */
  record Found(Path path, long size, long mtime, boolean hasMeta) {}

  /**
   * Regular files below {@code root}, skipping hidden files and folders and sidecar metadata
   * ({@code manifest.csv}, {@code *.meta.json}); symbolic links are not followed out of the corpus.
   */
  public static List<Path> list(Path root) throws IOException {
    return scan(root).stream().map(Found::path).toList();
  }

  /**
   * {@link #list}, with what the walk read of each file: planning a run then looks at no file again
   * (before, each was looked at five times: a third of a run with nothing to do went to the walk
   * and these looks, docs/benchmarks.md session 6).
   */
  static List<Found> scan(Path root) throws IOException {
    return scan(root, root);
  }

  /**
   * {@link #scan} limited to the folder {@code start} of the corpus at {@code root}: the files a
   * walk of the whole corpus finds there, without walking the rest.
   */
  static List<Found> scan(Path root, Path start) throws IOException {
    Path realRoot = root.toRealPath();
    for (Path name : root.relativize(start)) {
      if (isHidden(name)) {
        return List.of(); // the whole walk skips a hidden folder, and everything in it
      }
    }
    Map<Path, BasicFileAttributes> files = new HashMap<>();
    Set<Path> metas = new HashSet<>();
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(start) && isHidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
              return FileVisitResult.CONTINUE;
            }
            // The walk follows no link, so only a file that is itself a link can lead out of
            // the corpus; only those are resolved.
            BasicFileAttributes target = attrs.isSymbolicLink() ? linked(realRoot, file) : attrs;
            if (target == null || !target.isRegularFile()) {
              return FileVisitResult.CONTINUE;
            }
            if (isSidecar(file)) {
              metas.add(file);
            } else {
              files.put(file, target);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    List<Found> found = new ArrayList<>(files.size());
    files.forEach(
        (path, a) ->
            found.add(
                new Found(
                    path,
                    a.size(),
                    a.lastModifiedTime().toMillis(),
                    metas.contains(
                        path.resolveSibling(path.getFileName() + Sidecar.META_SUFFIX)))));
    found.sort(Comparator.comparing(Found::path));
    return found;
  }

  static boolean isSidecar(Path p) {
    String name = p.getFileName().toString().toLowerCase();
    return name.equals("manifest.csv") || name.endsWith(".meta.json");
  }

  private static boolean isHidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  /** The attributes of the file a link leads to, or null when it leads out of the corpus. */
  private static BasicFileAttributes linked(Path realRoot, Path link) {
    try {
      return link.toRealPath().startsWith(realRoot)
          ? Files.readAttributes(link, BasicFileAttributes.class)
          : null;
    } catch (IOException e) {
      return null;
    }
  }
}
