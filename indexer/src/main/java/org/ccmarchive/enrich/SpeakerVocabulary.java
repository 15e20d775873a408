package org.ccmarchive.enrich;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of {@link SpeakerPatterns} as regex fragments, built once and shared by the classes
 * that read who speaks: {@link SpeakerReferences} (who is named), {@link SentenceSubjects} (which
 * of them is a sentence's subject) and {@link PresidencyFinder} (who presides).
 */
final class SpeakerVocabulary {

  /** Unicode word boundaries: "presentó", "Présidence" are words, not "present" + "ó". */
  static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  final SpeakerPatterns patterns;

  /** "the", "la", "l'": an article before a noun. */
  final String the;

  /** "of", "de", "d'". */
  final String of;

  /** "and", "et", "y". */
  final String and;

  /** The reporting verbs. */
  final String verb;

  /** One adverb ("also", "further", "-ment" words). */
  final String adverb;

  /** Up to two adverbs, each followed by a space. */
  final String adverbs;

  /** An optional auxiliary before the verb ("a", "has", "ha"), with adverbs after it. */
  final String auxiliary;

  /** An optional relative pronoun ("who", "qui"). */
  final String relative;

  /** "statement", "presentation": what a speaker delivers. */
  final String speech;

  /** A title before a person's name ("Ms", "Ambassador", "M."). */
  final String honorific;

  /**
   * One word of a person's name, with a particle ("van Damme", "de Souza", the Irish "Ó Briain"
   * whose one-letter particle is no name word of its own).
   */
  final String nameWord;

  /** A person: an honorific, then up to five name words in group {@code name}. */
  final String person;

  /** Chinese: no spaces between words. */
  final boolean unspaced;

  /** The word edge of a spaced language, nothing for an unspaced one. */
  final String edge;

  /** After a verb: not inside a word (spaced languages). */
  final String wordEnd;

  SpeakerVocabulary(SpeakerPatterns patterns) {
    this.patterns = patterns;
    this.verb = SpeakerPatterns.alternation(patterns.verbs());
    this.adverb =
        "(?:"
            + SpeakerPatterns.alternation(patterns.adverbs())
            + patterns.adverbSuffixes().stream().map(x -> "|\\p{L}+" + x).reduce("", String::concat)
            + ")";
    this.adverbs = "(?:" + adverb + "\\s+){0,2}";
    this.auxiliary =
        patterns.auxiliaries().isEmpty()
            ? ""
            : "(?:(?:"
                + SpeakerPatterns.alternation(patterns.auxiliaries())
                + ")(?:\\s*,[^,;]{1,40},)?\\s+"
                + adverbs
                + ")?";
    this.relative =
        patterns.relatives().isEmpty()
            ? ""
            : "(?:(?:" + SpeakerPatterns.alternation(patterns.relatives()) + ")\\s+)?";
    this.the = "(?:" + SpeakerPatterns.determiner(patterns.determiners()) + ")";
    this.of = ofWords(patterns.ofWords());
    this.and = SpeakerPatterns.alternation(patterns.conjunctions());
    this.unspaced = patterns.unspaced();
    this.edge = unspaced ? "" : "\\b";
    this.wordEnd = unspaced ? "" : "(?![\\p{L}\\p{N}])";
    this.speech = phrases("speech-noun", "statement");
    this.honorific =
        patterns.honorifics().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(h -> Pattern.quote(h) + (h.endsWith(".") ? "\\s*" : "\\s+"))
            .reduce((a, b) -> a + "|" + b)
            .orElse("Ms\\s+");
    this.nameWord =
        "(?:(?:van|von|de|der|den|del|da|di|du|le|la|ten|ter|Ó|Ní|Nic)\\s+)?(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)";
    this.person = "(?:" + honorific + ")(?<name>" + nameWord + "(?:\\s+" + nameWord + "){0,4})";
  }

  /** The phrases of one key as a regex alternation, or the English default when none. */
  String phrases(String key, String fallback) {
    List<String> p = patterns.get(key);
    return SpeakerPatterns.alternation(p.isEmpty() ? List.of(fallback) : p);
  }

  /** The phrases of one key as a regex alternation; empty when the language has none. */
  String phrases(String key) {
    return SpeakerPatterns.alternation(patterns.get(key));
  }

  boolean has(String key) {
    return !patterns.get(key).isEmpty();
  }

  /** "of", "de", "d'": the office after it is someone else's ("the President of Chile"). */
  private static String ofWords(List<String> words) {
    return "(?:"
        + words.stream()
            .map(
                w ->
                    w.endsWith("'") || w.endsWith("’")
                        ? Pattern.quote(w.substring(0, w.length() - 1)) + "['’]"
                        : Pattern.quote(w) + "\\b")
            .reduce((a, b) -> a + "|" + b)
            .orElse("of\\b")
        + ")";
  }
}
