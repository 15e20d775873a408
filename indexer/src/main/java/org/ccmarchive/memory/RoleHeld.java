package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A role (or membership) as the records state it, with the first and last dates they state it for.
 * The records say nothing about the time between, so neither does this.
 */
public record RoleHeld(
    String holder,
    String role,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    List<RoleEvidence> evidence) {

  public RoleHeld {
    evidence = List.copyOf(evidence);
  }
}
