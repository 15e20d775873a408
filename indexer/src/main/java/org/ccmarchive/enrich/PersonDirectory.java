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

  /**
   * The words of each entry's name, by entry index: {@link #resolve} runs for every person a
   * passage names, and normalising every listed name each time cost more than the rest of it.
   */
  private final List<List<String>> entryWords = new ArrayList<>();

  public static PersonDirectory of(Attendance attendance) {
    PersonDirectory d = new PersonDirectory();
    for (Attendance.Delegation del : attendance.present()) {
      for (Attendance.Person p : del.persons()) {
        d.add(new Entry(p.name(), del.name(), p.isAmbassador()));
      }
    }
    return d;
  }

  /**
   * Learns a person the text introduces ("Ambassador N. N. of Austria"), so that a later
   * "Ambassador N." resolves; an earlier entry for the same name wins.
   */
  public void learn(String name, String delegation) {
    if (resolve(name).isEmpty()) {
      add(new Entry(name, delegation, false));
    }
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
    for (int i = 0; i < entries.size(); i++) {
      if (entryWords.get(i).containsAll(words)) {
        return Optional.of(entries.get(i));
      }
    }
    return Optional.empty();
  }

  private void add(Entry e) {
    entries.add(e);
    entryWords.add(words(e.name()));
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
