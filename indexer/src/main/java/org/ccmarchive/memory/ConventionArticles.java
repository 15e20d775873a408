package org.ccmarchive.memory;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ccmarchive.data.TsvFile;

/**
 * The articles of the Convention and their headings, from {@code articles.tsv} (data, not code).
 */
public final class ConventionArticles {

  private final Map<Integer, String> titles;

  private ConventionArticles(Map<Integer, String> titles) {
    this.titles = Map.copyOf(titles);
  }

  public static ConventionArticles load() {
    Map<Integer, String> titles = new TreeMap<>();
    for (String[] row : TsvFile.rows(ConventionArticles.class, "articles.tsv")) {
      titles.put(Integer.parseInt(row[0].strip()), row[1].strip());
    }
    return new ConventionArticles(titles);
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
