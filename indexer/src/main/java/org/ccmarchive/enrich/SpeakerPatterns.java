package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ccmarchive.data.TsvFile;

/**
 * The words one language uses to say who spoke, read from {@code speaker-patterns.<lang>.tsv}.
 * Adding a language is adding a data file; the extractor combines the patterns of every language it
 * is given.
 */
public record SpeakerPatterns(
    Map<String, List<String>> words, Map<String, String> roles, Map<String, Integer> ordinals) {

  /** The languages that have patterns: a file {@code speaker-patterns.<lang>.tsv} each. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");

  public SpeakerPatterns {
    words = Map.copyOf(words);
    roles = Map.copyOf(roles);
    ordinals = Map.copyOf(ordinals);
  }

  public static SpeakerPatterns load(List<String> languages) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    Map<String, Integer> ordinals = new LinkedHashMap<>();
    for (String lang : languages) {
      List<String[]> rows =
          TsvFile.rows(SpeakerPatterns.class, "speaker-patterns." + lang + ".tsv");
      // A verb-first language's verbs stand before the subject; the others' verbs never do.
      boolean verbFirst = rows.stream().anyMatch(r -> r[0].equals("verb-first"));
      for (String[] row : rows) {
        if (verbFirst && row[0].equals("verb") && row.length > 1) {
          byKey.computeIfAbsent("verb-before", k -> new ArrayList<>()).add(row[1]);
        }
        if (row[0].equals("role") && row.length > 2) {
          roles.put(row[1], row[2]);
        } else if (row[0].equals("ordinal") && row.length > 2) {
          ordinals.put(row[1], Integer.parseInt(row[2]));
        } else if (row.length > 1) {
          byKey.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
      }
    }
    return new SpeakerPatterns(byKey, roles, ordinals);
  }

  /** The phrases of one key, in file order. */
  public List<String> get(String key) {
    return words.getOrDefault(key, List.of());
  }

  public List<String> verbs() {
    return get("verb");
  }

  public List<String> adverbs() {
    return get("adverb");
  }

  public List<String> presiding() {
    return get("presiding");
  }

  public List<String> honorifics() {
    return get("honorific");
  }

  public List<String> carry() {
    return get("carry");
  }

  public List<String> clauses() {
    return get("clause");
  }

  public List<String> articleWords() {
    return get("article");
  }

  public List<String> auxiliaries() {
    return get("auxiliary");
  }

  public List<String> relatives() {
    return get("relative");
  }

  public List<String> determiners() {
    return get("determiner");
  }

  public List<String> conjunctions() {
    return get("and");
  }

  public List<String> ofWords() {
    return get("of");
  }

  public List<String> adverbSuffixes() {
    return get("adverb-suffix");
  }

  /**
   * True when every language given writes words without spaces between them (Chinese): a subject
   * and its verb then touch ("中国代表团表示").
   */
  public boolean unspaced() {
    return get("spacing").contains("none") && !get("spacing").contains("spaces");
  }

  public static SpeakerPatterns english() {
    return load(List.of("en"));
  }

  /**
   * A regex for an article before a noun, its first letter in either case: "the" → {@code
   * [Tt]he\s+}, an elided "l'" → {@code [Ll]['’]\s*}.
   */
  static String determiner(List<String> determiners) {
    return determiners.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(
            d -> {
              boolean elided = d.endsWith("'") || d.endsWith("’");
              String word = elided ? d.substring(0, d.length() - 1) : d;
              String first = word.substring(0, 1);
              return "["
                  + first.toUpperCase(java.util.Locale.ROOT)
                  + first
                  + "]"
                  + Pattern.quote(word.substring(1))
                  + (elided ? "['’]\\s*" : "\\s+");
            })
        .collect(Collectors.joining("|"));
  }

  /** A regex alternation of the phrases, longest first, each quoted. */
  static String alternation(List<String> phrases) {
    return phrases.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(
            p -> ARABIC.matcher(p).find() ? arabic(p) : Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }

  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

  /**
   * An Arabic phrase with or without its short vowels and shadda ("أكد" matches "أكّد"), and with
   * any tatweel: writers vocalise a word or not.
   */
  private static String arabic(String phrase) {
    StringBuilder out = new StringBuilder();
    phrase
        .codePoints()
        .filter(c -> c < 0x064B || c > 0x0652)
        .forEach(
            c -> {
              if (Character.isWhitespace(c)) {
                out.append("\\s+");
              } else {
                out.append(Pattern.quote(Character.toString(c)))
                    .append("[\\u064B-\\u0652\\u0640]*");
              }
            });
    return out.toString();
  }
}
