package org.ccmarchive.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the live index is. The index path (e.g. {@code data/index}) is a symbolic link to a
 * generation folder beside it ({@code data/index.gen-…}); a full rebuild writes a new generation
 * and replaces the link with one atomic rename, so readers see either the old or the new index,
 * never a mixture or nothing.
 */
public final class IndexLocation {

  private final Path link;

  public IndexLocation(Path indexDir) {
    this.link = indexDir.toAbsolutePath().normalize();
  }

  public Path path() {
    return link;
  }

  /** The JSON report of the last run, next to the index. */
  public Path reportFile() {
    return link.resolveSibling(link.getFileName() + "-report.json");
  }

  public boolean exists() {
    return Files.isDirectory(link);
  }

  /** The folder the index path points at now. */
  public Path live() throws IOException {
    return link.toRealPath();
  }

  /** A new, empty generation folder beside the index path. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(link.getParent());
    Path gen = link.resolveSibling(link.getFileName() + ".gen-" + System.currentTimeMillis());
    while (Files.exists(gen)) {
      gen = gen.resolveSibling(gen.getFileName() + "x");
    }
    return Files.createDirectory(gen);
  }

  /**
   * Points the index path at {@code generation} atomically and deletes the generation it replaced.
   * An index path that is still a plain folder (older layout) is moved aside first: the only
   * non-atomic switch, once.
   */
  public void swapTo(Path generation) throws IOException {
    Path previous = null;
    if (Files.isSymbolicLink(link)) {
      previous = link.toRealPath();
    } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      previous = link.resolveSibling(link.getFileName() + ".gen-old-" + System.currentTimeMillis());
      Files.move(link, previous, StandardCopyOption.ATOMIC_MOVE);
    }
    Path tmp = link.resolveSibling(link.getFileName() + ".swap-" + ProcessHandle.current().pid());
    Files.deleteIfExists(tmp);
    Files.createSymbolicLink(tmp, generation.getFileName());
    Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    if (previous != null && !previous.equals(generation.toRealPath())) {
      deleteTree(previous);
    }
  }

  /** Generations left behind by interrupted full rebuilds. */
  public void deleteStaleGenerations() throws IOException {
    Path live = exists() ? live() : null;
    String prefix = link.getFileName() + ".gen-";
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(link.getParent())) {
      for (Path p : siblings) {
        if (p.getFileName().toString().startsWith(prefix) && !p.toRealPath().equals(live)) {
          deleteTree(p);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
