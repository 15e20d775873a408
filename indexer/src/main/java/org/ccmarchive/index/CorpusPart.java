package org.ccmarchive.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The part of a corpus one indexing run is limited to ({@code --part}): a folder inside it. Such a
 * run lists only the files under the folder and compares them only with the indexed files under it,
 * so a record of another part is never taken for a deleted file: processes that each index their
 * own part can write one index or collection at once. Paths and record ids stay relative to the
 * corpus root, so the parts together make what one whole-corpus run makes.
 *
 * @param folder where this run's files are ({@code root} itself for the whole corpus)
 * @param prefix the relative path of every indexed file inside it ({@code a/b/}), empty for all
 */
record CorpusPart(Path folder, String prefix) {

  /** The whole corpus at {@code root} when {@code part} is null, else that folder of it. */
  static CorpusPart of(Path root, Path part) throws IOException {
    if (part == null) {
      return new CorpusPart(root, "");
    }
    Path relative = part.normalize();
    Path folder = root.resolve(relative).normalize();
    if (part.isAbsolute()
        || relative.toString().isEmpty()
        || relative.startsWith("..")
        || !folder.startsWith(root)
        || folder.equals(root)) {
      throw new IOException(
          "--part " + part + " must name a folder inside the corpus, relative to it");
    }
    if (!Files.isDirectory(folder)) {
      throw new IOException("--part " + part + ": no such folder in the corpus (" + folder + ")");
    }
    return new CorpusPart(folder, relative.toString().replace('\\', '/') + "/");
  }

  /** The indexed files of this part: the only ones this run may replace or remove. */
  Map<String, IndexedFiles.Entry> of(Map<String, IndexedFiles.Entry> known) {
    if (prefix.isEmpty()) {
      return known;
    }
    return known.entrySet().stream()
        .filter(e -> e.getValue().file() != null && e.getValue().file().startsWith(prefix))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
