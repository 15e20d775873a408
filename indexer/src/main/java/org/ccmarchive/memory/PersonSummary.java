package org.ccmarchive.memory;

import java.util.List;

/** A person in the index of people. */
public record PersonSummary(
    String name, String slug, long interventions, List<String> delegations) {
  public PersonSummary {
    delegations = List.copyOf(delegations);
  }
}
