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
 * Reads the attendance block of minutes, in the layouts secretariats have used: a "Present" (or
 * "Attendance", "List of attendees:", "PRESENT:", "Participants (…) :") line, then delegation lines
 * ("Australia", "Mexico – 12MSP President", "Australia" + "(Transparency Measures)", "- Chile
 * (Victim assistance)", "Austria and Lao PDR – Clearance", "UNDP (interim support), CMC, ICRC",
 * "Netherlands representing the Coordinators…"), person lines under their delegation ("Ms. Pamela
 * Moraga", "Ms Ana Ribeiro, Director"), a delegation and its persons on one line ("Lebanon –
 * Ambassador N. N. (President of …)", "Liban (Présidence…) : S. E. Mme N. N., M. N. N.", a
 * two-column table's State and person cells), the whole list inline ("Present: Switzerland
 * (President…), Spain and Bulgaria (Stockpile destruction), ISU, CMC.") and "Absent" / "Apologies
 * Received" lists ("APOLOGIES RECEIVED:" + "Chile; Sierra Leone"). The block ends at the first line
 * that is none of these.
 */
public final class AttendanceExtractor {

  // English, French and Spanish list headers, an optional "(Permanent Mission of …)" and an inline
  // list after the colon; "(?iU)": "Présents :" has a no-break space.
  private static final String AFTER_LABEL = "(?:\\s*\\([^)]*\\))?\\s*(?::\\s*(?<rest>.*)|$)";
  private static final Pattern START =
      Pattern.compile(
          "(?iU)^(?:\\d{1,2}\\.\\s*)?(?:Present|Attendance|Attendees|List of attendees"
              + "|List of participants|Participants|Présents?|Présence|Liste des participants"
              + "|Presentes|Asistencia|Asistentes|Participantes|Lista de participantes)"
              + AFTER_LABEL);
  private static final Pattern PRESENT =
      Pattern.compile("(?iU)^(?:Present|Présents?|Presentes|Asistentes)" + AFTER_LABEL);
  private static final Pattern ABSENT =
      Pattern.compile("(?iU)^(?:Absent|Absents|Ausentes?)" + AFTER_LABEL);
  private static final Pattern APOLOGIES =
      Pattern.compile(
          "(?iU)^(?:Apologies(?: Received)?|Excused|Excusés?|Excusées?|Excusados|Excusas)"
              + AFTER_LABEL);
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iU)^(?:Consultants?|Advisers?|Observers?|Conseillers?|Observateurs?"
              + "|Asesores|Consultores|Observadores)\\s*:$");

  private static final String COLUMN_WORD =
      "(?:Delegations?|States?|Country|Countries|Organi[sz]ations?|Names?|Representatives?"
          + "|Persons?|Roles?|Titles?|Functions?|Délégations?|Pays|Noms?|Représentants?"
          + "|Fonctions?|Titres?|Delegaci(?:ón|ones)|País(?:es)?|Nombres?|Representantes?"
          + "|Cargos?|Funci(?:ón|ones))";

  /**
   * Column headers of an attendance table, one per line or a header row a PDF flattened into one
   * line ("State Representative(s)", "Délégation / Nom").
   */
  private static final Pattern COLUMN =
      Pattern.compile(
          "(?iU)^"
              + COLUMN_WORD
              + "(?:\\(s\\))?(?:\\s*[|/]?\\s*(?:and\\s+|et\\s+|y\\s+)?"
              + COLUMN_WORD
              + "(?:\\(s\\))?){0,3}\\s*:?$");

  private static final String TITLE =
      "(?:Mrs|Mr|Ms|Miss|Dr|Dra|Prof|Pr|Ambassador|Amb|Ambassadeur|Ambassadrice"
          + "|Embajador|Embajadora|Mme|Mlle|M|Sr|Sra|Srta)\\.?";

  // "Mme l'Ambassadrice N. N.", "Sr. Embajador N. N.": a courtesy title before an office's.
  static final Pattern PERSON =
      Pattern.compile(
          "^((?:(?:H\\.\\s?E\\.|S\\.\\s?E\\.|Excm[oa]\\.)\\s*)?"
              + TITLE
              + "(?:\\s+(?:l['’]\\s?)?"
              + TITLE
              + ")?)\\s+(\\p{Lu}[\\p{L}.'’ -]*)$");
  private static final Pattern ROLE_SPLIT = Pattern.compile("\\s+[–—-]\\s+");
  private static final Pattern REPRESENTING =
      Pattern.compile(
          "(?iU)\\s+(?=(?:representing|on behalf of|en représentation de|au nom de"
              + "|en representación de|en nombre de)\\s)");
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?iU)^(?:President|Presidency|Chair|Président|Présidente|Présidence|Presidente"
              + "|Presidenta|Presidencia)$");
  private static final Pattern BULLET = Pattern.compile("^[-–•·*▪◦]\\s*");
  private static final Pattern TRAILING_ROLE = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$");

  /** What may stand between the names of one line: "Spain and Bulgaria", "Chili et Pérou". */
  private static final Pattern JOINERS =
      Pattern.compile("(?iU)^[\\s,&/]*(?:(?:and|et|y|e)[\\s,&/]*)*$");

  private static final int MAX_LINE = 160;

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
    for (int i = start; i < passages.size(); i++) {
      String line = passages.get(i).text().strip();
      if (!acceptAll(block, line)) {
        break;
      }
      ordinals.add(passages.get(i).ordinal());
    }
    return block.result(ordinals);
  }

  /**
   * A line of a list laid out in two columns and flattened into one ("• Sri Lanka – President •
   * Austria – Coordinator"): each bulleted item in turn.
   */
  private static boolean acceptAll(Block block, String line) {
    // "Costa Rica (Presidency); Zambia (…); Belgium (transparency).": a line too long for one
    // delegation lists them in turn, each item as if on its own line. A shorter line keeps its
    // semicolons, which may join one delegation's persons ("Ambassador N. N.; Mr N. N.").
    List<String> items = new ArrayList<>();
    for (String column : INNER_BULLET.split(line)) {
      items.addAll(
          column.length() <= MAX_LINE || column.indexOf(';') < 0
              ? List.of(column)
              : splitOutsideParentheses(column, ';'));
    }
    for (String raw : items) {
      String item = raw.strip();
      if (items.size() > 1 && item.endsWith(".")) {
        item = item.substring(0, item.length() - 1);
      }
      if (!block.accept(item)) {
        return false;
      }
    }
    return true;
  }

  /** A bullet inside a line: a second column's item. */
  private static final Pattern INNER_BULLET = Pattern.compile("(?<=\\S)\\s+[•·▪◦]\\s+");

  private static int startIndex(List<Passage> passages) {
    int limit = Math.min(passages.size(), 40);
    for (int i = 0; i < limit; i++) {
      if (START.matcher(passages.get(i).text().strip()).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** One delegation as a line names it: its name, role and persons. */
  private record Entry(String name, String role, List<Attendance.Person> persons) {}

  /** A person line, "Ms Ana Ribeiro, Director" included (the role after the comma is dropped). */
  private static Optional<Attendance.Person> person(String text) {
    String t = text.strip();
    Matcher m = PERSON.matcher(t);
    if (!m.matches()) {
      int comma = t.lastIndexOf(',');
      if (comma < 0) {
        return Optional.empty();
      }
      m = PERSON.matcher(t.substring(0, comma).strip());
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Attendance.Person(m.group(1), m.group(2).strip()));
  }

  /** Every person of a list ("S. E. Mme N. N., M. N. N."), or empty if any item is not one. */
  private static Optional<List<Attendance.Person>> persons(String text) {
    List<Attendance.Person> out = new ArrayList<>();
    Optional<Attendance.Person> whole = person(text);
    if (whole.isPresent() && !text.contains(",")) {
      return Optional.of(List.of(whole.get()));
    }
    // "Ambassador N. N.; Mr N. N.": a table cell may list its persons with semicolons.
    for (String item : text.split("\\s*[,;]\\s*")) {
      Optional<Attendance.Person> p = person(item);
      if (p.isEmpty()) {
        return whole.map(List::of);
      }
      out.add(p.get());
    }
    return Optional.of(out);
  }

  /** The delegations a line's head names ("Spain and Bulgaria"), all or none. */
  private List<String> names(String head) {
    String h = head.strip();
    Optional<Gazetteer.Entity> whole = gazetteer.lookup(h);
    if (whole.isPresent()) {
      return List.of(whole.get().name());
    }
    List<Gazetteer.Match> found = gazetteer.find(h);
    if (found.isEmpty()) {
      return List.of();
    }
    StringBuilder rest = new StringBuilder();
    List<String> out = new ArrayList<>();
    int at = 0;
    for (Gazetteer.Match m : found) {
      rest.append(h, at, m.start()).append(' ');
      at = m.end();
      if (!out.contains(m.entity().name())) {
        out.add(m.entity().name());
      }
    }
    rest.append(h.substring(at));
    String between = rest.toString().replaceFirst("(?iU)^\\s*(?:the|la|le|les|el|l')\\s+", "");
    return JOINERS.matcher(between).matches() ? out : List.of();
  }

  /**
   * "Head (role)": the names of the head and the role; a name in parentheses if the head has none.
   */
  private List<Entry> delegations(String text, String role, List<Attendance.Person> persons) {
    String t = text.strip();
    List<String> named = names(t);
    String r = role;
    if (named.isEmpty()) {
      Matcher m = TRAILING_ROLE.matcher(t);
      if (!m.matches()) {
        return List.of();
      }
      named = names(m.group(1));
      String inner = m.group(2).strip();
      if (named.isEmpty()) {
        // "Coalition … (CMC)": the name in parentheses.
        named = names(inner);
      } else {
        r = r.isEmpty() ? inner : inner + " " + r;
      }
    }
    List<Entry> out = new ArrayList<>();
    for (String n : named) {
      out.add(new Entry(n, r, persons));
    }
    return out;
  }

  /** The delegations of one segment of a line, or empty if it is not an attendance segment. */
  private List<Entry> segment(String segment) {
    String s = segment.strip();
    if (s.isEmpty()) {
      return List.of();
    }
    int colon = outsideParentheses(s, ':');
    if (colon > 0) {
      String right = s.substring(colon + 1).strip();
      Optional<List<Attendance.Person>> ps = persons(right);
      return ps.map(p -> delegations(s.substring(0, colon), "", p))
          .orElseGet(() -> delegations(s.substring(0, colon), right, List.of()));
    }
    String[] dash = ROLE_SPLIT.split(s, 2);
    if (dash.length == 2) {
      String right = dash[1].strip();
      Matcher withRole = TRAILING_ROLE.matcher(right);
      Optional<List<Attendance.Person>> ps =
          withRole.matches() ? persons(withRole.group(1)) : persons(right);
      if (ps.isPresent()) {
        return delegations(dash[0], withRole.matches() ? withRole.group(2).strip() : "", ps.get());
      }
      return delegations(dash[0], right, List.of());
    }
    String[] representing = REPRESENTING.split(s, 2);
    if (representing.length == 2) {
      return delegations(representing[0], representing[1].strip(), List.of());
    }
    List<Entry> whole = delegations(s, "", List.of());
    if (!whole.isEmpty()) {
      return whole;
    }
    List<Entry> out = new ArrayList<>();
    for (String item : splitOutsideParentheses(s, ',')) {
      List<Entry> e = delegations(item, "", List.of());
      if (e.isEmpty()) {
        return List.of();
      }
      out.addAll(e);
    }
    return out;
  }

  /** Every delegation of a line's segments ("Chile; Sierra Leone"), all or none. */
  private Optional<List<Entry>> line(String text) {
    String t = text.strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    List<Entry> out = new ArrayList<>();
    for (String seg : splitOutsideParentheses(t, ';')) {
      List<Entry> e = segment(seg);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      out.addAll(e);
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  /**
   * Rows of a "State | persons" table that a PDF text layer flattened into one line ("Croatia
   * (President of …) Ambassador N. N.; Mr N. N. Costa Rica (President of 5MSP) Ms N. N.", "Chile Mr
   * N. N."): each delegation named outside parentheses opens a row, followed by its role in
   * parentheses and its persons. Every row must parse, and the line must name at least one person.
   */
  private Optional<List<Entry>> flattenedRows(String text) {
    List<Gazetteer.Match> heads = new ArrayList<>();
    for (Gazetteer.Match m : gazetteer.find(text)) {
      if (depthAt(text, m.start()) == 0) {
        heads.add(m);
      }
    }
    if (heads.isEmpty() || heads.getFirst().start() != 0) {
      return Optional.empty();
    }
    List<Entry> out = new ArrayList<>();
    boolean anyPerson = false;
    for (int i = 0; i < heads.size(); i++) {
      int end = i + 1 < heads.size() ? heads.get(i + 1).start() : text.length();
      String rest = text.substring(heads.get(i).end(), end).strip();
      String role = "";
      if (rest.startsWith("(")) {
        int close = rest.indexOf(')');
        if (close < 0) {
          return Optional.empty();
        }
        role = rest.substring(1, close).strip();
        rest = rest.substring(close + 1).strip();
      }
      List<Attendance.Person> ps = List.of();
      if (!rest.isEmpty()) {
        Optional<List<Attendance.Person>> found = persons(rest);
        // "Zambia Ambassador N. N. (President-designate, 4MSP)": the role after the person.
        Matcher after = TRAILING_ROLE.matcher(rest);
        if (found.isEmpty() && role.isEmpty() && after.matches()) {
          found = persons(after.group(1));
          role = after.group(2).strip();
        }
        if (found.isEmpty()) {
          return Optional.empty();
        }
        ps = found.get();
        anyPerson = true;
      }
      out.add(new Entry(heads.get(i).entity().name(), role, ps));
    }
    return anyPerson ? Optional.of(out) : Optional.empty();
  }

  private static int depthAt(String s, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char x = s.charAt(i);
      if (x == '(') {
        depth++;
      } else if (x == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return depth;
  }

  private static int outsideParentheses(String s, char c) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char x = s.charAt(i);
      if (x == '(') {
        depth++;
      } else if (x == ')') {
        depth = Math.max(0, depth - 1);
      } else if (x == c && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitOutsideParentheses(String s, char c) {
    List<String> out = new ArrayList<>();
    String rest = s;
    int at;
    while ((at = outsideParentheses(rest, c)) >= 0) {
      out.add(rest.substring(0, at));
      rest = rest.substring(at + 1);
    }
    out.add(rest);
    return out.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
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

    boolean accept(String raw) {
      String line = BULLET.matcher(raw).replaceFirst("");
      if (roleOpen) {
        role.append(' ').append(line.replace(")", ""));
        roleOpen = !line.contains(")");
        return true;
      }
      for (var label : List.of(START, PRESENT, ABSENT, APOLOGIES)) {
        Matcher m = label.matcher(line);
        if (m.matches()) {
          finish();
          listing =
              label == ABSENT
                  ? Listing.ABSENT
                  : label == APOLOGIES ? Listing.APOLOGIES : Listing.PRESENT;
          String rest = m.group("rest");
          if (rest != null && !rest.isBlank()) {
            line(rest).ifPresent(this::add);
          }
          return true;
        }
      }
      if (LABEL.matcher(line).matches()) {
        return name != null;
      }
      if (COLUMN.matcher(line).matches()) {
        return true;
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
      if (line.length() > MAX_LINE) {
        return false;
      }
      Optional<List<Attendance.Person>> ps = persons(line);
      // "Ambassador N. N. (President-designate, 4MSP)": the person's office is the delegation's
      // role at the meeting.
      Matcher withRole = TRAILING_ROLE.matcher(line);
      if (ps.isEmpty() && name != null && withRole.matches()) {
        ps = persons(withRole.group(1));
        if (ps.isPresent()) {
          role.append(role.isEmpty() ? "" : " ").append(withRole.group(2).strip());
        }
      }
      if (ps.isPresent() && name != null) {
        persons.addAll(ps.get());
        return true;
      }
      Optional<List<Entry>> entries = line(line).or(() -> flattenedRows(line));
      if (entries.isEmpty()) {
        return false;
      }
      add(entries.get());
      return true;
    }

    private void add(List<Entry> entries) {
      for (Entry e : entries) {
        finish();
        switch (listing) {
          case ABSENT -> absent.add(e.name());
          case APOLOGIES -> apologies.add(e.name());
          case PRESENT -> {
            name = e.name();
            role.append(e.role());
            persons.addAll(e.persons());
          }
        }
      }
    }

    /** Closes the current delegation; a delegation listed again gets the new line's persons. */
    private void finish() {
      if (name != null) {
        Attendance.Delegation d = new Attendance.Delegation(name, role.toString().strip(), persons);
        int same = -1;
        for (int i = 0; i < present.size(); i++) {
          if (present.get(i).name().equals(name)) {
            same = i;
          }
        }
        if (same < 0) {
          present.add(d);
        } else {
          Attendance.Delegation before = present.get(same);
          List<Attendance.Person> all = new ArrayList<>(before.persons());
          all.addAll(d.persons());
          present.set(
              same,
              new Attendance.Delegation(
                  name, before.role().isEmpty() ? d.role() : before.role(), all));
        }
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
