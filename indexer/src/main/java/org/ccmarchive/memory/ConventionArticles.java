package org.ccmarchive.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The articles of the Convention and their headings, from {@code articles.tsv} (data, not code).
 */
public final class ConventionArticles {

  private final Map<Integer, String> titles;

  private ConventionArticles(Map<Integer, String> titles) {
    this.titles = Map.copyOf(titles);
  }

  public static ConventionArticles load() {
    try (InputStream in = ConventionArticles.class.getResourceAsStream("articles.tsv")) {
      if (in == null) {
        throw new IllegalStateException("articles.tsv is missing from the classpath");
      }
      Map<Integer, String> titles = new TreeMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 2);
        titles.put(Integer.parseInt(cols[0].strip()), cols[1].strip());
      }
      return new ConventionArticles(titles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<String> title(int number) {
    return Optional.ofNullable(titles.get(number));
  }

  public int count() {
    return titles.size();
  }

  /** The facet value the enrichment uses for an article. */
  public static String label(int number) {
    return "Article " + number;
  }

  /** The article number of a facet value such as {@code Article 4}, if it is one. */
  public static Optional<Integer> number(String label) {
    String digits = label.replaceFirst("(?i)^art(icle)?\\.?\\s*", "").replaceFirst("\\D.*$", "");
    if (digits.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
