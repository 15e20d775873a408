package org.ccmarchive.memory;

import java.util.List;

/**
 * A person as the records state them: the delegations they were listed with or spoke for, the roles
 * stated for them by name — each with its dates — and their interventions. A role stated for a
 * delegation ("the Presidency") is never credited to a person the records do not name in it.
 */
public record PersonProfile(
    String name,
    String slug,
    List<RoleHeld> delegations,
    List<RoleHeld> roles,
    List<MeetingAttended> meetings,
    List<YearCount> timeline,
    List<PassageView> interventions) {

  public PersonProfile {
    delegations = List.copyOf(delegations);
    roles = List.copyOf(roles);
    meetings = List.copyOf(meetings);
    timeline = List.copyOf(timeline);
    interventions = List.copyOf(interventions);
  }
}
