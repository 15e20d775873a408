package org.ccmarchive.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one reader of the data files shipped as resources (gazetteers, phrase lists, topic rules, the
 * glossary, the Convention's articles): UTF-8, one row a line, cells tab-separated, blank lines and
 * lines starting with {@code #} skipped.
 */
public final class TsvFile {

  private TsvFile() {}

  /**
   * The rows of the resource {@code name} in {@code owner}'s package; a missing file is an error
   * (the build shipped without it), never an empty list.
   */
  public static List<String[]> rows(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing data file " + owner.getPackageName().replace('.', '/') + "/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
