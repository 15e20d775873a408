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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ccmarchive.data.TsvFile;

/**
 * The States and organisations the archive knows, with their aliases, read from the data files
 * {@code states.tsv} and {@code organisations.tsv}. Finds them in text, longest alias first, as
 * whole words.
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
  private final Pattern pattern;

  Gazetteer(Map<String, Entity> byAlias) {
    // Insertion order is data-file order, which namesByEntity keeps.
    this.byAlias = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
    Map<String, Entity> typed = new HashMap<>();
    byAlias.forEach((alias, e) -> typed.putIfAbsent(typed(alias), e));
    this.byTypedAlias = Map.copyOf(typed);
    String alternatives =
        byAlias.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
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
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(new Match(m.start(), m.end(), byAlias.get(m.group())));
    }
    return out;
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
}
