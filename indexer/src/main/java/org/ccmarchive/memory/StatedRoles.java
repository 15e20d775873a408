package org.ccmarchive.memory;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles a passage states for a named person in apposition: {@code Ms Gabelnick, Director of the
 * CMC,} or {@code Ambassador Francisca E. Méndez Escobar, President of the 12th Meeting of States
 * Parties (12MSP)}. Only what the text says of that name, so a role is never moved to someone else.
 */
final class StatedRoles {

  private static final String TITLES =
      "(?:Vice-)?President|(?:Co-)?[Cc]oordinator|Director(?:-General)?|Chair(?:person)?|"
          + "Secretary-General|Head|Deputy Head|Implementation Support Specialist|Ambassador|"
          + "Permanent Representative";

  private StatedRoles() {}

  static Set<String> of(String person, String text) {
    String surname = surname(person);
    Set<String> roles = new LinkedHashSet<>();
    if (surname.length() < 3) {
      return roles;
    }
    Pattern p =
        Pattern.compile(
            Pattern.quote(surname)
                + ",\\s+((?:the\\s+)?(?:"
                + TITLES
                + ")(?:\\s+of\\s+(?:the\\s+)?[^,.;]{2,100})?)\\s*[,.;]");
    Matcher m = p.matcher(text);
    while (m.find()) {
      roles.add(m.group(1).replaceFirst("^the\\s+", "").replaceAll("\\s+", " ").strip());
    }
    return roles;
  }

  static String surname(String person) {
    String[] words = person.strip().split("\\s+");
    return words[words.length - 1];
  }
}
