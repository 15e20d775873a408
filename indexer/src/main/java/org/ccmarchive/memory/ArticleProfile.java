package org.ccmarchive.memory;

import java.util.List;

/** One article of the Convention over time. */
public record ArticleProfile(
    int number,
    String title,
    long mentions,
    List<YearCount> timeline,
    List<Count> topDelegations,
    List<PassageView> latestDecisions,
    List<PassageView> passages) {

  public ArticleProfile {
    timeline = List.copyOf(timeline);
    topDelegations = List.copyOf(topDelegations);
    latestDecisions = List.copyOf(latestDecisions);
    passages = List.copyOf(passages);
  }

  public String label() {
    return ConventionArticles.label(number);
  }
}
