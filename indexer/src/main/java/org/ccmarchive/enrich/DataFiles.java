package org.ccmarchive.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the enrichment data files (gazetteers, phrase lists, topic rules) shipped as resources of
 * this package: UTF-8, one entry a line, {@code #} starts a comment line, columns tab-separated.
 */
final class DataFiles {

  private DataFiles() {}

  static List<String> lines(String resource) {
    try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String[]> rows(String resource) {
    return lines(resource).stream().map(l -> l.split("\t")).toList();
  }
}
