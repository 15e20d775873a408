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
      roles.add(tidy(m.group(1)));
    }
    // "the Director of the ISU, Ms Pamela Moraga": the role before the name.
    Pattern before =
        Pattern.compile(
            "(?:^|[\\s(])((?:the\\s+)?(?:"
                + TITLES
                + ")\\s+of\\s+(?:the\\s+)?[^,.;]{2,60}),\\s+(?:(?:Ms|Mr|Mrs|Dr|H\\.E)\\.?\\s+"
                + "|Ambassador\\s+)?(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,4}"
                + Pattern.quote(surname)
                + "\\b");
    Matcher b = before.matcher(text);
    while (b.find()) {
      roles.add(tidy(b.group(1)));
    }
    return roles;
  }

  private static String tidy(String role) {
    String r = role.replaceFirst("^(?i)the\\s+", "").replaceAll("\\s+", " ").strip();
    return Character.toUpperCase(r.charAt(0)) + r.substring(1);
  }

  static String surname(String person) {
    String[] words = person.strip().split("\\s+");
    return words[words.length - 1];
  }
}
