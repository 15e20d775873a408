package org.ccmarchive.memory;

import java.util.List;
import java.util.Optional;

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

  public boolean present() {
    return "present".equals(status);
  }
}
