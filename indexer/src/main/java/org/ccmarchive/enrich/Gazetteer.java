package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
  private final Pattern pattern;

  Gazetteer(Map<String, Entity> byAlias) {
    // Insertion order is data-file order, which namesByEntity keeps.
    this.byAlias = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
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
    for (String[] row : DataFiles.rows("states.tsv")) {
      Entity e = new Entity(row[1], Kind.STATE);
      aliases.put(row[1], e);
      addAliases(aliases, row.length > 2 ? row[2] : "", e);
    }
    for (String[] row : DataFiles.rows("organisations.tsv")) {
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

  /** The entity at the very start of {@code text}, if the text begins with a name. */
  public Optional<Match> leading(String text) {
    Matcher m = pattern.matcher(text);
    return m.lookingAt()
        ? Optional.of(new Match(m.start(), m.end(), byAlias.get(m.group())))
        : Optional.empty();
  }
}
