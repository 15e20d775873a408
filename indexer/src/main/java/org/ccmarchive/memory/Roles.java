package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Roles held, gathered from the places that state them, with the span of dates they cover. */
final class Roles {

  private Roles() {}

  static List<RoleHeld> held(String holder, Map<String, List<RoleEvidence>> byRole) {
    List<RoleHeld> roles = new ArrayList<>();
    byRole.forEach(
        (role, seen) -> {
          List<LocalDate> dates = seen.stream().flatMap(e -> e.date().stream()).sorted().toList();
          roles.add(
              new RoleHeld(
                  holder,
                  role,
                  dates.isEmpty() ? Optional.empty() : Optional.of(dates.getFirst()),
                  dates.isEmpty() ? Optional.empty() : Optional.of(dates.getLast()),
                  seen));
        });
    roles.sort(
        Comparator.comparing((RoleHeld r) -> r.to().orElse(LocalDate.MIN))
            .reversed()
            .thenComparing(RoleHeld::role));
    return roles;
  }

  static RoleEvidence evidence(RecordFacts r, int ordinal, String source) {
    return new RoleEvidence(r.id(), r.title(), r.meeting(), r.date(), ordinal, source);
  }
}
