package org.ccmarchive.memory;

import java.util.Optional;

/**
 * Narrows the decisions register; absent values do not filter.
 *
 * @param meeting a meeting path ({@code coordination-committee/2024-01-30}) or series slug
 * @param article an article label ({@code Article 4})
 * @param topic a topic
 * @param year a year of the record's date
 */
public record DecisionFilter(
    Optional<String> meeting,
    Optional<String> article,
    Optional<String> topic,
    Optional<Integer> year) {

  public static DecisionFilter none() {
    return new DecisionFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean isEmpty() {
    return meeting.isEmpty() && article.isEmpty() && topic.isEmpty() && year.isEmpty();
  }
}
