package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    List<String> articleWords) {

  public static SpeakerPatterns load(List<String> languages) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (String lang : languages) {
      for (String[] row : DataFiles.rows("speaker-patterns." + lang + ".tsv")) {
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
        byKey.getOrDefault("article", List.of()));
  }

  public static SpeakerPatterns english() {
    return load(List.of("en"));
  }

  /** A regex alternation of the phrases, longest first, each quoted. */
  static String alternation(List<String> phrases) {
    return phrases.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}
