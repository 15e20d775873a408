package org.ccmarchive.memory;

import java.util.List;

/**
 * What the records know of one State or organisation.
 *
 * @param interventionCount all its interventions (not only those listed)
 * @param query the text its interventions were narrowed by, "" for none
 * @param interventions its interventions newest first (those matching {@code query})
 */
public record DelegationProfile(
    String name,
    String slug,
    List<RoleHeld> roles,
    List<MeetingAttended> meetings,
    List<YearCount> timeline,
    List<Count> topArticles,
    List<Count> topTopics,
    long interventionCount,
    String query,
    List<PassageView> interventions) {

  public DelegationProfile {
    roles = List.copyOf(roles);
    meetings = List.copyOf(meetings);
    timeline = List.copyOf(timeline);
    topArticles = List.copyOf(topArticles);
    topTopics = List.copyOf(topTopics);
    interventions = List.copyOf(interventions);
  }
}
