package org.ccmarchive.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccmarchive.data.TsvFile;

/**
 * The CCM glossary: the field's terms in the UN languages, read from {@code glossary.tsv}. Looks up
 * a run of words in any language and answers every way of saying it.
 */
public final class Glossary {

  private static final String RESOURCE = "glossary.tsv";
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Matching key of a term (see {@link #key}) to the concept it names. */
  private final Map<List<String>, Concept> byKey;

  private final int longestTerm;

  private final List<Concept> concepts;

  /** One concept: every term for it, in every language, as written in the glossary. */
  public record Concept(List<String> terms) {
    public Concept {
      terms = List.copyOf(terms);
    }
  }

  private Glossary(List<Concept> concepts) {
    Map<List<String>, Concept> keys = new HashMap<>();
    int longest = 0;
    for (Concept c : concepts) {
      for (String term : c.terms()) {
        List<String> key = key(term);
        if (!key.isEmpty()) {
          keys.putIfAbsent(key, c);
          longest = Math.max(longest, key.size());
        }
      }
    }
    this.byKey = Map.copyOf(keys);
    this.longestTerm = longest;
    this.concepts = List.copyOf(concepts);
  }

  /** The glossary shipped with the archive (its first row names the language columns). */
  public static Glossary bundled() {
    List<Concept> concepts = new ArrayList<>();
    List<String[]> rows = TsvFile.rows(Glossary.class, RESOURCE);
    for (String[] row : rows.subList(Math.min(1, rows.size()), rows.size())) {
      Set<String> terms = new LinkedHashSet<>();
      for (String cell : row) {
        for (String variant : cell.split("\\|")) {
          if (!variant.isBlank()) {
            terms.add(variant.strip());
          }
        }
      }
      concepts.add(new Concept(List.copyOf(terms)));
    }
    return new Glossary(concepts);
  }

  /**
   * This glossary widened with {@code more} concepts (e.g. the names of States and organisations);
   * where a term names a concept of both, this glossary's concept wins.
   */
  public Glossary with(List<Concept> more) {
    List<Concept> all = new ArrayList<>(concepts);
    all.addAll(more);
    return new Glossary(all);
  }

  /** The longest term, in words: no match can be longer. */
  public int longestTerm() {
    return longestTerm;
  }

  /** The concept {@code words} name exactly (case, accents and plural -s ignored), if any. */
  public java.util.Optional<Concept> lookup(List<String> words) {
    List<String> key = new ArrayList<>();
    for (String w : words) {
      key.addAll(key(w));
    }
    return java.util.Optional.ofNullable(byKey.get(key));
  }

  /**
   * Case- and accent-blind words, a final plural {@code s} dropped, so {@code Cluster Munition} and
   * {@code cluster munitions} share a key. Apostrophes split words ({@code d'action}).
   */
  static List<String> key(String text) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String w : WORD_SPLIT.split(folded)) {
      if (w.isEmpty()) {
        continue;
      }
      words.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    }
    return words;
  }
}
