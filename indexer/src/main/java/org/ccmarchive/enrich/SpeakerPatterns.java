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
    List<String> verbs,
    List<String> adverbs,
    List<String> presiding,
    List<String> honorifics,
    Map<String, String> roles,
    List<String> carry,
    List<String> clauses,
    List<String> articleWords,
    List<String> auxiliaries,
    List<String> relatives,
    List<String> determiners,
    List<String> conjunctions,
    List<String> ofWords,
    List<String> adverbSuffixes) {

  /** The languages that have patterns: a file {@code speaker-patterns.<lang>.tsv} each. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  public static SpeakerPatterns load(List<String> languages) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (String lang : languages) {
      for (String[] row :
          TsvFile.rows(SpeakerPatterns.class, "speaker-patterns." + lang + ".tsv")) {
        if (row[0].equals("role") && row.length > 2) {
          roles.put(row[1], row[2]);
        } else if (row.length > 1) {
          byKey.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
      }
    }
    return new SpeakerPatterns(
        byKey.getOrDefault("verb", List.of()),
        byKey.getOrDefault("adverb", List.of()),
        byKey.getOrDefault("presiding", List.of()),
        byKey.getOrDefault("honorific", List.of()),
        roles,
        byKey.getOrDefault("carry", List.of()),
        byKey.getOrDefault("clause", List.of()),
        byKey.getOrDefault("article", List.of()),
        byKey.getOrDefault("auxiliary", List.of()),
        byKey.getOrDefault("relative", List.of()),
        byKey.getOrDefault("determiner", List.of()),
        byKey.getOrDefault("and", List.of()),
        byKey.getOrDefault("of", List.of()),
        byKey.getOrDefault("adverb-suffix", List.of()));
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
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}
