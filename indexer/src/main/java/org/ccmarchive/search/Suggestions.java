package org.ccmarchive.search;

import java.util.List;
import java.util.Optional;

/**
 * What to offer when a search finds nothing.
 *
 * @param query the query with misspelt words replaced by words of the index, if any
 * @param queryPassages passages the suggested query finds with the same filters
 * @param relaxations filters whose removal would find something
 */
public record Suggestions(
    Optional<String> query, long queryPassages, List<Relaxation> relaxations) {

  public static final Suggestions NONE = new Suggestions(Optional.empty(), 0, List.of());

  public Suggestions {
    relaxations = List.copyOf(relaxations);
  }

  public boolean isEmpty() {
    return query.isEmpty() && relaxations.isEmpty();
  }

  /**
   * Dropping one chosen filter.
   *
   * @param dimension a facet dimension, or {@code date} for the date range
   * @param value the chosen value, or the range as {@code from – to}
   * @param passages passages found without it
   */
  public record Relaxation(String dimension, String value, long passages) {}
}
