package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.structure.Passage;

/**
 * Reads the attendance block of minutes: a "Present" (or "Attendance") line, then delegation lines
 * ("Australia", "Mexico – 12MSP President", "Australia" + "(Transparency Measures)"), person lines
 * ("Ms. Pamela Moraga"), and "Absent" / "Apologies Received" lists. The block ends at the first
 * line that is none of these.
 */
public final class AttendanceExtractor {

  // English, French and Spanish list headers; "(?iU)": "Présents :" has a no-break space.
  private static final Pattern START =
      Pattern.compile(
          "(?iU)^(?:\\d{1,2}\\.\\s*)?(?:Present|Attendance|Participants|Présents?|Présence"
              + "|Presentes|Asistencia|Asistentes|Participantes)\\s*:?$");
  private static final Pattern PRESENT =
      Pattern.compile("(?iU)^(?:Present|Présents?|Presentes|Asistentes)\\s*:?$");
  private static final Pattern ABSENT =
      Pattern.compile("(?iU)^(?:Absent|Absents|Ausentes?)\\s*:?$");
  private static final Pattern APOLOGIES =
      Pattern.compile(
          "(?iU)^(?:Apologies(?: Received)?|Excused|Excusés?|Excusées?|Excusados|Excusas)\\s*:?$");
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iU)^(?:Consultants?|Advisers?|Observers?|Conseillers?|Observateurs?"
              + "|Asesores|Consultores|Observadores)\\s*:$");
  static final Pattern PERSON =
      Pattern.compile(
          "^((?:(?:H\\.\\s?E\\.|S\\.\\s?E\\.|Excm[oa]\\.)\\s*)?"
              + "(?:Mrs|Mr|Ms|Miss|Dr|Dra|Prof|Pr|Ambassador|Amb|Ambassadeur|Ambassadrice"
              + "|Embajador|Embajadora|Mme|Mlle|M|Sr|Sra|Srta)\\.?)\\s+(\\p{Lu}[\\p{L}.'’ -]*)$");
  private static final Pattern ROLE_SPLIT = Pattern.compile("\\s+[–—-]\\s+");
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?iU)^(?:President|Presidency|Chair|Président|Présidente|Présidence|Presidente"
              + "|Presidenta|Presidencia)$");
  private static final int MAX_LINE = 90;

  private final Gazetteer gazetteer;

  public AttendanceExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Attendance extract(List<Passage> passages) {
    int start = startIndex(passages);
    if (start < 0) {
      return Attendance.NONE;
    }
    Block block = new Block();
    Set<Integer> ordinals = new HashSet<>();
    ordinals.add(passages.get(start).ordinal());
    for (int i = start + 1; i < passages.size(); i++) {
      String line = passages.get(i).text().strip();
      if (line.length() > MAX_LINE || !block.accept(line)) {
        break;
      }
      ordinals.add(passages.get(i).ordinal());
    }
    return block.result(ordinals);
  }

  private static int startIndex(List<Passage> passages) {
    int limit = Math.min(passages.size(), 40);
    for (int i = 0; i < limit; i++) {
      if (START.matcher(passages.get(i).text().strip()).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** The state of reading one block, line by line. */
  private final class Block {
    private enum Listing {
      PRESENT,
      ABSENT,
      APOLOGIES
    }

    private final List<Attendance.Delegation> present = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();
    private final List<String> apologies = new ArrayList<>();
    private Listing listing = Listing.PRESENT;
    private String name;
    private StringBuilder role = new StringBuilder();
    private List<Attendance.Person> persons = new ArrayList<>();
    private boolean roleOpen;

    boolean accept(String line) {
      if (roleOpen) {
        role.append(' ').append(line.replace(")", ""));
        roleOpen = !line.contains(")");
        return true;
      }
      if (PRESENT.matcher(line).matches()) {
        finish();
        listing = Listing.PRESENT;
        return true;
      }
      if (ABSENT.matcher(line).matches() || APOLOGIES.matcher(line).matches()) {
        finish();
        listing = ABSENT.matcher(line).matches() ? Listing.ABSENT : Listing.APOLOGIES;
        return true;
      }
      if (LABEL.matcher(line).matches()) {
        return name != null;
      }
      if (line.startsWith("(") && name != null) {
        role.append(role.isEmpty() ? "" : " ").append(line.replace("(", "").replace(")", ""));
        roleOpen = !line.contains(")");
        return true;
      }
      if (ROLE_WORD.matcher(line).matches() && name != null) {
        role.append(role.isEmpty() ? "" : " ").append(line);
        return true;
      }
      Matcher person = PERSON.matcher(line);
      if (person.matches() && name != null) {
        persons.add(new Attendance.Person(person.group(1), person.group(2).strip()));
        return true;
      }
      Optional<String> delegation = delegation(line);
      if (delegation.isEmpty()) {
        return false;
      }
      finish();
      switch (listing) {
        case ABSENT -> absent.add(delegation.get());
        case APOLOGIES -> apologies.add(delegation.get());
        case PRESENT -> {
          name = delegation.get();
          String[] parts = ROLE_SPLIT.split(line, 2);
          if (parts.length == 2) {
            role.append(parts[1].strip());
          }
        }
      }
      return true;
    }

    /** The gazetteer name of a delegation line, with or without a role after a dash. */
    private Optional<String> delegation(String line) {
      String head = ROLE_SPLIT.split(line, 2)[0].strip();
      return gazetteer
          .lookup(head)
          .or(() -> gazetteer.lookup(head.replaceAll("\\s*\\(.*\\)$", "")))
          .map(Gazetteer.Entity::name);
    }

    private void finish() {
      if (name != null) {
        present.add(new Attendance.Delegation(name, role.toString().strip(), persons));
      }
      name = null;
      role = new StringBuilder();
      persons = new ArrayList<>();
      roleOpen = false;
    }

    Attendance result(Set<Integer> ordinals) {
      finish();
      return new Attendance(present, apologies, absent, ordinals);
    }
  }
}
