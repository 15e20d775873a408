package org.ccmarchive.web.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ccmarchive.record.RecordIds;

/** Turns an uploaded file name into a safe name inside the corpus folder, or nothing. */
final class UploadNames {

  static final Set<String> EXTENSIONS =
      Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "txt");

  private UploadNames() {}

  /** The sanitised name, if it keeps an accepted extension. */
  static Optional<String> sanitise(String submitted) {
    if (submitted == null) {
      return Optional.empty();
    }
    String base =
        submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String safe =
        ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+", "");
    if (safe.length() > 150) {
      safe = safe.substring(safe.length() - 150).replaceAll("^[-.]+", "");
    }
    String name = safe;
    return extension(name).filter(EXTENSIONS::contains).map(e -> name);
  }

  static Optional<String> extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0
        ? Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /**
   * Another file at the top of {@code corpus} whose record id is {@code id} ({@code DUP.txt} for
   * {@code dup.txt}: ids are case-folded), which an upload named {@code name} would hide.
   */
  static Optional<String> otherWithId(Path corpus, String name, String id) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(name) && !n.startsWith(".") && !n.endsWith(".meta.json"))
          .filter(n -> RecordIds.forPath(Path.of(n)).equals(id))
          .findFirst();
    }
  }

  /** {@code name} resolved in {@code corpus}, refusing anything that would land outside it. */
  static Path inside(Path corpus, String name) {
    Path target = corpus.resolve(name).normalize();
    if (!target.getParent().equals(corpus.normalize())) {
      throw new IllegalArgumentException("not a plain file name: " + name);
    }
    return target;
  }
}
