package org.ccmarchive.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The persons a record names, with the delegation each belongs to: first from the attendance list,
 * then from what earlier passages said ("Ms Gabelnick, Director of the CMC"). Resolves a person
 * named only by surname ("Ms Moraga", "Ambassador Vongxay") or without accents ("Ms Regimbal").
 */
public final class PersonDirectory {

  /** A known person and the delegation or organisation they speak for. */
  public record Entry(String name, String delegation, boolean ambassador) {}

  private final List<Entry> entries = new ArrayList<>();

  public static PersonDirectory of(Attendance attendance) {
    PersonDirectory d = new PersonDirectory();
    for (Attendance.Delegation del : attendance.present()) {
      for (Attendance.Person p : del.persons()) {
        d.entries.add(new Entry(p.name(), del.name(), p.isAmbassador()));
      }
    }
    return d;
  }

  /**
   * The person a reference names: every word of the reference must be a word of the listed name
   * ("Méndez" → "Francisca E. Méndez Escobar"); the first listed match wins.
   */
  public Optional<Entry> resolve(String reference) {
    List<String> words = words(reference);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    for (Entry e : entries) {
      if (words(e.name()).containsAll(words)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The presiding person: the first ambassador of the presiding delegation. */
  public Optional<Entry> firstAmbassadorOf(String delegation) {
    return entries.stream()
        .filter(e -> e.delegation().equals(delegation) && e.ambassador())
        .findFirst();
  }

  private static List<String> words(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : folded.split("[^\\p{L}]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }
}
