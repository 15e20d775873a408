package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.data.TsvFile;

/**
 * Flags passages that record a decision taken by a CCM body ("The Committee reviewed and approved
 * the minutes", "the agenda was adopted", "it was decided", "Le Comité a approuvé", "El Comité
 * acordó"), from the rules {@code decisions.<lang>.tsv}. A deciding phrase counts only when its
 * subject — the clause up to the verb and its "by ..." agent — names no other body (the UNGA, the
 * First Committee, another convention, a parliament): those are reports of someone else's vote.
 * Proposals, negations, conditions, the future and vote tallies are not decisions; "took note" is
 * not a deciding verb.
 */
public final class DecisionDetector {

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private final List<Pattern> yes = new ArrayList<>();
  private final List<Pattern> no = new ArrayList<>();
  private final List<Pattern> other = new ArrayList<>();
  private final List<Pattern> agent = new ArrayList<>();
  private final List<Pattern> clause = new ArrayList<>();

  /**
   * Which deciding phrases a passage can hold at all, from the words each must contain: most
   * passages hold none, and no sentence of theirs need be tried.
   */
  private final RuleFilter yesFilter;

  public DecisionDetector(List<String> languages) {
    List<String> yesRegexes = new ArrayList<>();
    for (String lang : languages) {
      Map<String, List<String>> rules = new TreeMap<>();
      for (String[] row : TsvFile.rows(DecisionDetector.class, "decisions." + lang + ".tsv")) {
        rules.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
      }
      String body = alternation(rules.get("body"));
      String gap = alternation(rules.get("gap"));
      for (String y : rules.getOrDefault("yes", List.of())) {
        String regex = y.replace("{body}", body).replace("{gap}", gap);
        yesRegexes.add(regex);
        yes.add(Pattern.compile(regex, FLAGS));
      }
      compileAll(rules.get("no"), no);
      compileAll(rules.get("other"), other);
      compileAll(rules.get("agent"), agent);
      compileAll(rules.get("clause"), clause);
    }
    this.yesFilter = new RuleFilter(yesRegexes);
  }

  private static String alternation(List<String> parts) {
    return parts == null ? "(?!)" : "(?:" + String.join("|", parts) + ")";
  }

  private static void compileAll(List<String> regexes, List<Pattern> into) {
    if (regexes != null) {
      regexes.forEach(r -> into.add(Pattern.compile(r, FLAGS)));
    }
  }

  public static DecisionDetector english() {
    return new DecisionDetector(List.of("en"));
  }

  /** The deciding phrases, as compiled from the rules (for the test of their anchors). */
  List<Pattern> decidingPhrases() {
    return List.copyOf(yes);
  }

  public boolean isDecision(String text) {
    // A sentence is part of the passage: a phrase the passage cannot hold, no sentence holds.
    BitSet possible = yesFilter.mayMatch(text);
    if (possible.isEmpty()) {
      return false;
    }
    for (String sentence : Sentences.split(text)) {
      // Both are pure; the deciding phrases rarely match, so the vetoes run only when they do.
      if (decidedByCcm(sentence, possible)
          && no.stream().noneMatch(p -> p.matcher(sentence).find())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when some deciding phrase of the sentence (of those {@code possible}) has a subject that
   * is no other body.
   */
  private boolean decidedByCcm(String sentence, BitSet possible) {
    for (int i = possible.nextSetBit(0); i >= 0; i = possible.nextSetBit(i + 1)) {
      Matcher m = yes.get(i).matcher(sentence);
      while (m.find()) {
        String subject =
            sentence.substring(clauseStart(sentence, m.start()), m.end())
                + agentAfter(sentence, m.end());
        if (other.stream().noneMatch(o -> o.matcher(subject).find())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the clause holding {@code at} starts: after the last clause boundary before it. */
  private int clauseStart(String sentence, int at) {
    int start = 0;
    for (Pattern c : clause) {
      Matcher m = c.matcher(sentence).region(0, at);
      while (m.find()) {
        start = Math.max(start, m.end());
      }
    }
    return start;
  }

  /** The "by ..." agent right after a deciding phrase, or "". */
  private String agentAfter(String sentence, int end) {
    for (Pattern a : agent) {
      Matcher m = a.matcher(sentence).region(end, sentence.length());
      if (m.lookingAt()) {
        return m.group();
      }
    }
    return "";
  }
}
