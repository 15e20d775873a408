package org.ccmarchive.web.api;

import java.util.List;
import org.ccmarchive.enrich.Attendance;

/** Who attended a meeting, in the documents API; null for records without an attendance list. */
public record AttendanceJson(
    List<Delegation> present, List<String> apologies, List<String> absent) {

  static AttendanceJson of(Attendance a) {
    if (a.isEmpty()) {
      return null;
    }
    return new AttendanceJson(
        a.present().stream().map(Delegation::of).toList(), a.apologies(), a.absent());
  }

  /** A delegation present: {@code label} is {@code Australia (Transparency Measures)}. */
  public record Delegation(
      String name, String role, String label, boolean presides, List<String> persons) {
    static Delegation of(Attendance.Delegation d) {
      return new Delegation(
          d.name(),
          d.role().isEmpty() ? null : d.role(),
          d.label(),
          d.presides(),
          d.persons().stream().map(p -> (p.title() + " " + p.name()).strip()).toList());
    }
  }
}
