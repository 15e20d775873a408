package org.ccmarchive.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.data.TsvFile;

/**
 * The States and organisations the archive knows, with their aliases, read from the data files
 * {@code states.tsv} and {@code organisations.tsv}. Finds them in text, longest alias first, as
 * whole words.
 *
 * <p>Aliases are looked up by their first character rather than as one regular expression of a few
 * hundred alternatives: the expression tried every alias at every position of every passage and was
 * the largest single cost of indexing (see docs/benchmarks.md).
 */
public final class Gazetteer {

  /** What kind of actor a name denotes. */
  public enum Kind {
    STATE,
    ORGANISATION
  }

  /** One actor: its facet name and kind. */
  public record Entity(String name, Kind kind) {}

  /** An occurrence of an entity in a text. */
  public record Match(int start, int end, Entity entity) {}

  private final Map<String, Entity> byAlias;
  private final Map<String, Entity> byTypedAlias;

  /** Aliases by their first character, longest first (the longest whole-word alias wins). */
  private final Map<Character, String[]> byFirstChar;

  Gazetteer(Map<String, Entity> byAlias) {
    // Insertion order is data-file order, which namesByEntity keeps.
    this.byAlias = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
    Map<String, Entity> typed = new HashMap<>();
    byAlias.forEach((alias, e) -> typed.putIfAbsent(typed(alias), e));
    this.byTypedAlias = Map.copyOf(typed);
    Map<Character, List<String>> grouped = new HashMap<>();
    byAlias.keySet().stream()
        .filter(a -> !a.isEmpty())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(a -> grouped.computeIfAbsent(a.charAt(0), c -> new ArrayList<>()).add(a));
    Map<Character, String[]> index = new HashMap<>();
    grouped.forEach((c, list) -> index.put(c, list.toArray(String[]::new)));
    this.byFirstChar = Map.copyOf(index);
  }

  /** The gazetteer of the data files shipped with the indexer. */
  public static Gazetteer standard() {
    Map<String, Entity> aliases = new LinkedHashMap<>();
    for (String[] row : TsvFile.rows(Gazetteer.class, "states.tsv")) {
      Entity e = new Entity(row[1], Kind.STATE);
      aliases.put(row[1], e);
      addAliases(aliases, row.length > 2 ? row[2] : "", e);
    }
    for (String[] row : TsvFile.rows(Gazetteer.class, "organisations.tsv")) {
      Entity e = new Entity(row[0], Kind.ORGANISATION);
      aliases.put(row[0], e);
      addAliases(aliases, row.length > 1 ? row[1] : "", e);
    }
    return new Gazetteer(aliases);
  }

  private static void addAliases(Map<String, Entity> aliases, String list, Entity e) {
    for (String alias : list.split("\\|")) {
      if (!alias.isBlank()) {
        aliases.putIfAbsent(alias.strip(), e);
      }
    }
  }

  /** Every entity named in {@code text}, left to right, never overlapping. */
  public List<Match> find(String text) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      String alias = aliasAt(text, i);
      if (alias == null) {
        i++;
      } else {
        out.add(new Match(i, i + alias.length(), byAlias.get(alias)));
        i += alias.length();
      }
    }
    return out;
  }

  /** The longest alias that stands as a whole word at {@code i}, or null. */
  private String aliasAt(String text, int i) {
    String[] candidates = byFirstChar.get(text.charAt(i));
    if (candidates == null || (i > 0 && isWordChar(text.codePointBefore(i)))) {
      return null;
    }
    for (String a : candidates) {
      int end = i + a.length();
      if (text.startsWith(a, i) && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
        return a;
      }
    }
    return null;
  }

  /** A letter or a number ({@code \p{L}}, {@code \p{N}}): a name is never part of a longer word. */
  private static boolean isWordChar(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> Character.isLetter(codePoint);
    };
  }

  /** The entity an exact name or alias denotes ("Lao People's Democratic Republic"). */
  public Optional<Entity> lookup(String name) {
    String n = name.strip().replaceFirst("^(?:the|The)\\s+", "");
    return Optional.ofNullable(byAlias.get(n)).or(() -> Optional.ofNullable(byAlias.get(name)));
  }

  /** Every entity with all the names it is known by (its facet name first), in data-file order. */
  public Map<Entity, List<String>> namesByEntity() {
    Map<Entity, List<String>> names = new LinkedHashMap<>();
    byAlias.forEach((alias, e) -> names.computeIfAbsent(e, k -> new ArrayList<>()).add(alias));
    names.replaceAll(
        (e, list) -> {
          List<String> ordered = new ArrayList<>(list);
          ordered.remove(e.name());
          ordered.addFirst(e.name());
          return List.copyOf(ordered);
        });
    return names;
  }

  /**
   * The entity a name or alias as a person types it denotes: case, accents and a leading "the"
   * aside ({@code tchad}, {@code Cote d'Ivoire}).
   */
  public Optional<Entity> lookupTyped(String typed) {
    return lookup(typed)
        .or(
            () ->
                Optional.ofNullable(
                    byTypedAlias.get(typed(typed.strip().replaceFirst("(?i)^the\\s+", "")))));
  }

  private static String typed(String name) {
    return Normalizer.normalize(name.strip(), Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replace('’', '\'')
        .toLowerCase(Locale.ROOT);
  }

  /** The entity at the very start of {@code text}, if the text begins with a name. */
  public Optional<Match> leading(String text) {
    String alias = text.isEmpty() ? null : aliasAt(text, 0);
    return alias == null
        ? Optional.empty()
        : Optional.of(new Match(0, alias.length(), byAlias.get(alias)));
  }
}
