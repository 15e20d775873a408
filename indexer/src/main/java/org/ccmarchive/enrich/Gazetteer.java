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
import java.util.Set;
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
  private final List<Map.Entry<Pattern, Entity>> inflected = new ArrayList<>();
  private final Map<String, Entity> byTypedAlias;

  /**
   * Aliases that find an entity in text but are not its names: nationality adjectives ("Swiss",
   * "chilena") and declined stems ("Германи*"). A search for "china" must not become China.
   */
  private final Set<String> matchOnly;

  /**
   * The aliases by their first character, one pattern each, longest first: trying the dozen aliases
   * that can start at a word is far cheaper than one alternation of all of them.
   */
  private final Map<Integer, Pattern> byFirst = new java.util.HashMap<>();

  /**
   * The first {@link #PREFIX} characters of every alias (fewer for a shorter alias, or up to its
   * {@code *}), encoded by {@link #key} and sorted: aliases match case-sensitively and literally up
   * to their {@code *}, so a word whose opening is none of these starts no alias, and the
   * alternation need not run there (most words of a passage name nothing).
   */
  private final long[] prefixes;

  /** Bit {@code n}: some alias prefix is {@code n} characters long. */
  private final int prefixLengths;

  private static final int PREFIX = 3;

  /** Letters an Arabic word may carry in front of a name: "و" and, "ب" by, "ل" for, "ف", "ك". */
  private static final String ARABIC_PROCLITICS = "وبلفك";

  /**
   * Aliases are matched as whole words, with three exceptions for the scripts of the other UN
   * languages: a Chinese alias needs no word boundary ("中国代表团"); an Arabic name may carry a
   * proclitic ("وألمانيا"); a {@code *} in an alias stands for an ending of up to three letters,
   * for languages that decline names ("Германи*" for Германия, Германии, Германией).
   */
  Gazetteer(Map<String, Entity> byAlias, Set<String> matchOnly) {
    this.matchOnly = Set.copyOf(matchOnly);
    // Insertion order is data-file order, which namesByEntity keeps.
    this.byAlias = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
    // What people type names an entity by its names, not by a word that only finds it in text.
    Map<String, Entity> typed = new HashMap<>();
    byAlias.forEach(
        (alias, e) -> {
          if (!matchOnly.contains(alias)) {
            typed.putIfAbsent(typed(alias), e);
          }
        });
    this.byTypedAlias = Map.copyOf(typed);
    Map<Integer, List<String>> groups = new java.util.HashMap<>();
    byAlias.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(
            alias -> {
              groups.computeIfAbsent(alias.codePointAt(0), k -> new ArrayList<>()).add(alias);
              if (alias.contains("*")) {
                inflected.add(Map.entry(Pattern.compile(regex(alias)), byAlias.get(alias)));
              }
            });
    long[] keys = new long[byAlias.size()];
    int lengths = 0;
    int k = 0;
    for (String alias : byAlias.keySet()) {
      int star = alias.indexOf('*');
      int len = Math.min(PREFIX, star < 0 ? alias.length() : star);
      lengths |= 1 << len;
      keys[k++] = key(alias, 0, len);
    }
    java.util.Arrays.sort(keys);
    this.prefixes = keys;
    this.prefixLengths = lengths;
    groups.forEach(
        (first, aliases) ->
            byFirst.put(
                first,
                Pattern.compile(
                    aliases.stream()
                        .map(a -> regex(a) + (isHan(a) ? "" : "(?![\\p{L}\\p{N}])"))
                        .collect(Collectors.joining("|")))));
  }

  private static boolean isHan(String alias) {
    return alias
        .codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static String regex(String alias) {
    if (!alias.contains("*")) {
      return Pattern.quote(alias);
    }
    return java.util.Arrays.stream(alias.split("\\*", -1))
        .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
        .collect(Collectors.joining("\\p{L}{0,3}"));
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
    // Names in the other languages and nationality adjectives ("the Swiss statement", "la
    // délégation mexicaine"): name shown in facets<TAB>aliases, the name already known above.
    Set<String> matchOnly = new java.util.HashSet<>();
    for (String file : ALIAS_FILES) {
      for (String[] row : TsvFile.rows(Gazetteer.class, file)) {
        Entity e = aliases.get(row[0]);
        if (e == null) {
          throw new IllegalStateException(file + ": unknown name " + row[0]);
        }
        for (String alias : (row.length > 1 ? row[1] : "").split("\\|")) {
          if (!alias.isBlank() && aliases.putIfAbsent(alias.strip(), e) == null) {
            if (file.equals(NATIONALITIES) || alias.contains("*")) {
              matchOnly.add(alias.strip());
            }
          }
        }
      }
    }
    return new Gazetteer(aliases, matchOnly);
  }

  /** Alias files keyed by a name of states.tsv or organisations.tsv. */
  private static final String NATIONALITIES = "nationalities.tsv";

  private static final List<String> ALIAS_FILES =
      List.of(NATIONALITIES, "names.ar.tsv", "names.ru.tsv", "names.zh.tsv");

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
      Optional<Match> m = at(text, i);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().end();
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return out;
  }

  /** The entity named from {@code i}: at a word's start (after a proclitic), or in Chinese. */
  private Optional<Match> at(String text, int i) {
    int c = text.codePointAt(i);
    boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i));
    if (!wordStart && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
      return Optional.empty();
    }
    Optional<Match> m = aliasAt(text, i, i);
    int next = i + Character.charCount(c);
    if (m.isEmpty()
        && wordStart
        && ARABIC_PROCLITICS.indexOf(c) >= 0
        && next < text.length()
        && Character.UnicodeScript.of(text.codePointAt(next)) == Character.UnicodeScript.ARABIC) {
      m = aliasAt(text, next, i);
    }
    return m;
  }

  /** {@code len} (at most {@link #PREFIX}) characters of {@code s} from {@code from}, and len. */
  private static long key(CharSequence s, int from, int len) {
    long key = len;
    for (int i = 0; i < len; i++) {
      key = key << 16 | s.charAt(from + i);
    }
    return key;
  }

  /** Whether some alias could start at {@code from}: its opening characters are an alias's. */
  private boolean mayStartAlias(String text, int from) {
    if ((prefixLengths & 1) != 0) {
      return true; // an alias opening with "*" matches anything
    }
    for (int len = 1; len <= PREFIX; len++) {
      if ((prefixLengths & 1 << len) != 0
          && from + len <= text.length()
          && java.util.Arrays.binarySearch(prefixes, key(text, from, len)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private Optional<Match> aliasAt(String text, int from, int start) {
    Pattern p = byFirst.get(text.codePointAt(from));
    if (p == null || !mayStartAlias(text, from)) {
      return Optional.empty();
    }
    Matcher m = p.matcher(text).region(from, text.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String found = m.group();
    Entity e = byAlias.get(found);
    if (e == null) {
      e =
          inflected.stream()
              .filter(x -> x.getKey().matcher(found).matches())
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow();
    }
    return Optional.of(new Match(start, m.end(), e));
  }

  /** The entity an exact name or alias denotes ("Lao People's Democratic Republic"). */
  public Optional<Entity> lookup(String name) {
    String n = name.strip().replaceFirst("^(?:the|The)\\s+", "");
    return Optional.ofNullable(byAlias.get(n)).or(() -> Optional.ofNullable(byAlias.get(name)));
  }

  /**
   * Every entity with all the names it is known by (its facet name first), in data-file order;
   * nationality adjectives and declined stems are not names.
   */
  public Map<Entity, List<String>> namesByEntity() {
    Map<Entity, List<String>> names = new LinkedHashMap<>();
    byAlias.forEach(
        (alias, e) -> {
          if (!matchOnly.contains(alias)) {
            names.computeIfAbsent(e, k -> new ArrayList<>()).add(alias);
          }
        });
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
    return text.isEmpty() ? Optional.empty() : at(text, 0);
  }
}
