package org.ccmarchive.enrich;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who attended a meeting, as its minutes list them: the delegations and organisations present (with
 * their role at the meeting and their persons), and those absent or excused.
 *
 * @param present delegations present, in the order listed
 * @param apologies delegations that sent apologies
 * @param absent delegations absent
 * @param passageOrdinals ordinals of the passages that make up the attendance block
 */
public record Attendance(
    List<Delegation> present,
    List<String> apologies,
    List<String> absent,
    Set<Integer> passageOrdinals) {

  public static final Attendance NONE = new Attendance(List.of(), List.of(), List.of(), Set.of());

  public Attendance {
    present = List.copyOf(present);
    apologies = List.copyOf(apologies);
    absent = List.copyOf(absent);
    passageOrdinals = Set.copyOf(passageOrdinals);
  }

  public boolean isEmpty() {
    return present.isEmpty() && apologies.isEmpty() && absent.isEmpty();
  }

  /** The delegation that presides the meeting ("Mexico – 12MSP President"), if listed. */
  public Optional<Delegation> presiding() {
    return present.stream().filter(Delegation::presides).findFirst();
  }

  /** True when {@code name} is listed as present. */
  public boolean isPresent(String name) {
    return present.stream().anyMatch(d -> d.name().equals(name));
  }

  /**
   * One delegation or organisation at the meeting.
   *
   * @param name gazetteer name when known ({@code Netherlands}), else as printed
   * @param role its role at the meeting ({@code Transparency Measures}, {@code 12MSP President}),
   *     or ""
   * @param persons its members as listed
   */
  public record Delegation(String name, String role, List<Person> persons) {
    public Delegation {
      persons = List.copyOf(persons);
    }

    public boolean presides() {
      // "Friends of the Presidency" serve the presidency; they do not hold it.
      return PRESIDING.matcher(role).find() && !SERVING.matcher(role).find();
    }

    private static final Pattern PRESIDING =
        Pattern.compile("(?iU)\\b(?:Presiden(?:t|cy|te|ta|cia)|Présiden(?:t|te|ce))\\b");
    private static final Pattern SERVING =
        Pattern.compile("(?iU)\\b(?:of the|de la|del?)\\s+(?:Presiden|Présiden)");

    /** {@code Australia (Transparency Measures)}, as the record view shows it. */
    public String label() {
      return role.isEmpty() ? name : name + " (" + role + ")";
    }
  }

  /**
   * A person as listed: {@code H.E. Mrs. Francisca E. Méndez Escobar}.
   *
   * @param title honorific or title as printed ({@code H.E. Mrs.}, {@code Dr.}), or ""
   * @param name the name without title
   */
  public record Person(String title, String name) {
    /** True for heads of delegation addressed as Ambassador. */
    public boolean isAmbassador() {
      return title.contains("H.E")
          || title.contains("S.E")
          || title.startsWith("Excm")
          || title.startsWith("Amb")
          || title.startsWith("Embaj");
    }
  }
}
