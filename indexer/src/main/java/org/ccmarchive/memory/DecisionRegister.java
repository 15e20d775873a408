package org.ccmarchive.memory;

import java.util.List;

/**
 * The decisions register: decisions newest first, and the values it can be narrowed by (counted
 * over the filtered list, so each count is what the user gets by choosing it).
 */
public record DecisionRegister(
    DecisionFilter filter,
    long total,
    List<PassageView> decisions,
    List<FilterOption> meetings,
    List<FilterOption> articles,
    List<FilterOption> topics,
    List<FilterOption> years) {

  public DecisionRegister {
    decisions = List.copyOf(decisions);
    meetings = List.copyOf(meetings);
    articles = List.copyOf(articles);
    topics = List.copyOf(topics);
    years = List.copyOf(years);
  }
}
