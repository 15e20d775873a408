package org.ccmarchive.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles stated by section headings of minutes: {@code 5.1 Universalization (Malawi and Peru)} makes
 * Malawi and Peru the universalization coordinators at that meeting.
 */
final class HeadingRoles {

  private static final Pattern COORDINATED =
      Pattern.compile(
          "^(?:[\\dIVX]+(?:\\.\\d+)*\\.?\\s+)?([^()]{3,120}?)\\s*\\(([^()]{2,160})\\)\\s*$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

  private HeadingRoles() {}

  /** Roles that are offices, not thematic coordination: kept as the list words them. */
  private static final Pattern OFFICE =
      Pattern.compile(
          "(?i).*\\b(presiden(t|cy)|observer|chair|host|director|secretariat|vice)\\b.*");

  /**
   * An attendance list's role in the words a heading would use: {@code Australia (Transparency
   * Measures)} is the transparency-measures coordinator, as {@code 5.5 Transparency Measures
   * (Australia)} says; offices ({@code 12MSP President}, {@code Observer}) stay as written.
   */
  static String attendanceRole(String role) {
    String r = role.strip().replaceAll("\\s+", " ");
    return OFFICE.matcher(r).matches() ? r : "Coordinator: " + r;
  }

  /** A holder and the role a heading gives it. */
  record Stated(String holder, String role) {}

  /** The roles a heading states, for holders {@code known} accepts as delegations. */
  static List<Stated> of(String heading, java.util.function.Predicate<String> known) {
    Matcher m = COORDINATED.matcher(heading.strip());
    if (!m.matches()) {
      return List.of();
    }
    String subject = m.group(1).strip();
    List<Stated> roles = new ArrayList<>();
    for (String holder : SEPARATOR.split(m.group(2).strip())) {
      String name = holder.replaceFirst("^(?i)the\\s+", "").strip();
      if (!name.isEmpty() && known.test(name)) {
        roles.add(new Stated(name, "Coordinator: " + subject));
      }
    }
    return roles;
  }
}
