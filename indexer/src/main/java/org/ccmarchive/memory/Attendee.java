package org.ccmarchive.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.enrich.Attendance;

/**
 * One delegation in a meeting's attendance list.
 *
 * @param delegation the State or organisation
 * @param role its role at that meeting as the list states it ({@code Transparency Measures}, {@code
 *     12MSP President}), if any
 * @param persons the people listed under it
 * @param status {@code present}, {@code absent} or {@code apologies}
 */
public record Attendee(
    String delegation, Optional<String> role, List<String> persons, String status) {

  public Attendee {
    persons = List.copyOf(persons);
  }

  /** The delegations of an attendance list: present ones first, then apologies, then absent. */
  public static List<Attendee> of(Attendance attendance) {
    List<Attendee> out = new ArrayList<>();
    for (Attendance.Delegation d : attendance.present()) {
      String role = d.role() == null ? "" : d.role().strip();
      out.add(
          new Attendee(
              d.name(),
              role.isEmpty() ? Optional.empty() : Optional.of(role),
              d.persons().stream().map(Attendance.Person::name).toList(),
              "present"));
    }
    attendance
        .apologies()
        .forEach(n -> out.add(new Attendee(n, Optional.empty(), List.of(), "apologies")));
    attendance
        .absent()
        .forEach(n -> out.add(new Attendee(n, Optional.empty(), List.of(), "absent")));
    return out;
  }

  public boolean present() {
    return "present".equals(status);
  }
}
