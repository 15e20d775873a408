package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.data.TsvFile;

/**
 * Assigns thematic topics by the transparent rule set in {@code topics.tsv}: a topic applies when
 * one of its expressions matches the passage text or its section heading.
 */
public final class TopicClassifier {

  /**
   * One rule. {@code wordStart}: every alternative of the expression begins with {@code \b} and a
   * letter, so a match can only begin where a word begins; the rule is then tried at word starts
   * alone. {@code find()} tried every alternative at every character of every passage, which made
   * topics one of the largest costs of indexing (docs/benchmarks.md); the answers are the same.
   */
  private record Rule(String topic, Pattern pattern, boolean wordStart, String firstLetters) {
    boolean matches(String text) {
      Matcher m = pattern.matcher(text);
      if (!wordStart) {
        return m.find();
      }
      // Transparent bounds let \b see the character before the region; no anchoring at its start.
      m.useTransparentBounds(true).useAnchoringBounds(false);
      for (int i = 0; i < text.length(); i++) {
        if (mayStartWord(text, i)
            && mayBeFirstLetter(text.charAt(i), firstLetters)
            && m.region(i, text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  /** Which rules a text can match at all, from the words each rule's matches must contain. */
  private final RuleFilter filter;

  public TopicClassifier() {
    List<String> regexes = new ArrayList<>();
    for (String[] row : TsvFile.rows(TopicClassifier.class, "topics.tsv")) {
      regexes.add(row[1]);
      rules.add(
          new Rule(
              row[0],
              Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              everyAlternativeStartsAWord(row[1]),
              asciiFirstLetters(row[1])));
    }
    this.filter = new RuleFilter(regexes);
  }

  /** The rules' expressions, in file order (for the test of their anchors). */
  List<Pattern> patterns() {
    return rules.stream().map(Rule::pattern).toList();
  }

  public List<String> topics(String text, String section) {
    BitSet inText = filter.mayMatch(text);
    BitSet inSection = filter.mayMatch(section);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      if ((inText.get(i) && r.matches(text)) || (inSection.get(i) && r.matches(section))) {
        out.add(r.topic);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where {@code \b} followed by a letter can match, whatever {@code \b}'s idea of a word character
   * (ASCII or Unicode): after an ASCII letter, digit or underscore only a non-word character can
   * follow a boundary, and only a non-ASCII one can match a letter case-insensitively (the Kelvin
   * sign matches {@code k}).
   */
  static boolean mayStartWord(String text, int i) {
    return i == 0 || !isAsciiWordChar(text.charAt(i - 1)) || text.charAt(i) > 0x7f;
  }

  /**
   * Whether {@code c} can be the first letter of a match: any non-ASCII character can (the Kelvin
   * sign matches {@code k} case-insensitively), an ASCII one only if it is one of {@code letters}
   * (lower case; null: any).
   */
  static boolean mayBeFirstLetter(char c, String letters) {
    return letters == null || c > 0x7f || letters.indexOf(Character.toLowerCase(c)) >= 0;
  }

  /**
   * The lower-case first letters of the alternatives of a word-start expression ({@link
   * #everyAlternativeStartsAWord}), or null when one of them is not ASCII (it may then match an
   * ASCII letter of another case, as {@code ſ} matches {@code s}).
   */
  static String asciiFirstLetters(String regex) {
    if (!everyAlternativeStartsAWord(regex)) {
      return null;
    }
    StringBuilder letters = new StringBuilder();
    for (String alternative : topLevelAlternatives(regex)) {
      char c = alternative.charAt(2);
      if (c > 0x7f) {
        return null;
      }
      letters.append(Character.toLowerCase(c));
    }
    return letters.toString();
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * True when each top-level alternative of {@code regex} begins with {@code \b} and a letter that
   * is not optional.
   */
  static boolean everyAlternativeStartsAWord(String regex) {
    for (String a : topLevelAlternatives(regex)) {
      if (!(a.startsWith("\\b")
          && a.length() > 2
          && Character.isLetter(a.charAt(2))
          && (a.length() == 3 || "?*{".indexOf(a.charAt(3)) < 0))) {
        return false;
      }
    }
    return true;
  }

  /** The alternatives of {@code regex} outside groups and character classes. */
  private static List<String> topLevelAlternatives(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    return out;
  }
}
