package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal words every match of a rule's regular expression must contain, read from the
 * expression itself so that they cannot drift from the rule: a list of clauses, and a match holds
 * at least one word of every clause ("\b{body}\s+…(?:approved|adopted|…)\b" needs one of the bodies
 * and one of the verbs). Words are case-folded as {@code Pattern.CASE_INSENSITIVE |
 * Pattern.UNICODE_CASE} folds them ({@link #fold}), so a text whose folded form holds no word of
 * some clause cannot match the rule, and the rule need not run on it.
 *
 * <p>Only what is certain counts: optional parts, character classes, escapes, lookarounds and the
 * alternatives of an alternation that has one without words give no words; an expression with a
 * construct this reader does not know (inline flags, which may turn on comments mode) gives no
 * clause at all, and its rule always runs.
 */
record Anchors(List<Set<String>> clauses) {

  /** No words known: the rule runs on every text. */
  static final Anchors NONE = new Anchors(List.of());

  /** Words of one character ("a" in "(?:a|ont)") are in nearly every text: useless as a filter. */
  private static final int MIN_USEFUL = 2;

  Anchors {
    clauses = clauses.stream().map(Set::copyOf).toList();
  }

  /** The anchors of a regular expression compiled case-insensitively with Unicode case. */
  static Anchors of(String regex) {
    try {
      Reader reader = new Reader(regex);
      List<Set<String>> clauses = reader.alternation();
      if (reader.at < regex.length()) {
        return NONE; // an unbalanced ")": not ours to judge
      }
      return new Anchors(useful(clauses));
    } catch (Unsupported e) {
      return NONE;
    }
  }

  /** All words of all clauses. */
  Set<String> words() {
    Set<String> out = new LinkedHashSet<>();
    clauses.forEach(out::addAll);
    return out;
  }

  /** False when some clause has none of its words in {@code present}: the rule cannot match. */
  boolean allows(Set<String> present) {
    for (Set<String> clause : clauses) {
      if (clause.stream().noneMatch(present::contains)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A text case-folded character by character, as {@code Pattern.UNICODE_CASE} compares a literal
   * with the text ({@code toLowerCase(toUpperCase(c))}: "ſ" is "s", the Kelvin sign "k"); each
   * character stays where it was.
   */
  static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c < 0x80 ? asciiFold(c) : Character.toLowerCase(Character.toUpperCase(c));
    }
    return new String(out);
  }

  private static char asciiFold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Drops clauses with a one-character word (they filter nothing) unless none is left, and orders
   * the rest most selective first.
   */
  private static List<Set<String>> useful(List<Set<String>> clauses) {
    List<Set<String>> kept =
        new ArrayList<>(clauses.stream().filter(c -> shortest(c) >= MIN_USEFUL).toList());
    if (kept.isEmpty() && !clauses.isEmpty()) {
      kept.add(best(clauses));
    }
    kept.sort(SELECTIVE);
    return kept;
  }

  /** The longer a clause's shortest word, and the fewer its words, the rarer a text holding one. */
  private static final Comparator<Set<String>> SELECTIVE =
      Comparator.comparingInt((Set<String> c) -> shortest(c))
          .reversed()
          .thenComparingInt(Set::size);

  private static Set<String> best(List<Set<String>> clauses) {
    return clauses.stream().min(SELECTIVE).orElseThrow();
  }

  private static int shortest(Set<String> clause) {
    return clause.stream().mapToInt(String::length).min().orElse(0);
  }

  /** A construct whose effect on the words of a match this reader does not know. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reader of {@code java.util.regex} syntax, keeping only certain words. */
  private static final class Reader {
    private final String regex;
    private int at;

    Reader(String regex) {
      this.regex = regex;
    }

    /**
     * Alternatives up to a ")" or the end. One alternative: its clauses. Several: one clause, the
     * union of each alternative's most selective clause; none if an alternative has no clause.
     */
    List<Set<String>> alternation() {
      List<List<Set<String>>> alternatives = new ArrayList<>();
      alternatives.add(sequence());
      while (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        alternatives.add(sequence());
      }
      if (alternatives.size() == 1) {
        return alternatives.get(0);
      }
      Set<String> union = new LinkedHashSet<>();
      for (List<Set<String>> alternative : alternatives) {
        if (alternative.isEmpty()) {
          return List.of();
        }
        union.addAll(best(alternative));
      }
      return List.of(union);
    }

    /** Atoms up to a "|", a ")" or the end: every literal run and every required group. */
    private List<Set<String>> sequence() {
      List<Set<String>> clauses = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      while (at < regex.length()) {
        char c = regex.charAt(at);
        if (c == '|' || c == ')') {
          break;
        }
        if (c == '(') {
          flush(run, clauses);
          List<Set<String>> inner = group();
          if (minimum() > 0) {
            clauses.addAll(inner);
          }
        } else if (c == '[') {
          flush(run, clauses);
          skipClass();
          minimum();
        } else if (c == '\\') {
          Character literal = escape();
          if (literal == null) {
            flush(run, clauses);
            minimum();
          } else {
            literal(literal, run, clauses);
          }
        } else if (c == '.' || c == '^' || c == '$') {
          at++;
          flush(run, clauses);
          minimum();
        } else if ("*+?{}".indexOf(c) >= 0 || Character.isSurrogate(c)) {
          throw new Unsupported();
        } else {
          at++;
          literal(c, run, clauses);
        }
      }
      flush(run, clauses);
      return clauses;
    }

    /**
     * One literal character of a run. Quantified, it ends the run: optional ("States?") it is left
     * out; repeated, the next run starts with it (its last copy touches what follows).
     */
    private void literal(char c, StringBuilder run, List<Set<String>> clauses) {
      if (!isQuantifier()) {
        run.append(c);
        return;
      }
      if (minimum() == 0) {
        flush(run, clauses);
      } else {
        run.append(c);
        flush(run, clauses);
        run.append(c);
      }
    }

    private static void flush(StringBuilder run, List<Set<String>> clauses) {
      if (!run.isEmpty()) {
        clauses.add(Set.of(fold(run)));
        run.setLength(0);
      }
    }

    /** A group from its "(" past its ")": its clauses, or none for a lookaround. */
    private List<Set<String>> group() {
      at++; // (
      boolean counts = true;
      if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
        at += 2;
      } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
        at += 2;
        counts = false;
      } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
        at += 3;
        counts = false;
      } else if (regex.startsWith("?<", at)) {
        int close = regex.indexOf('>', at);
        if (close < 0) {
          throw new Unsupported();
        }
        at = close + 1;
      } else if (regex.startsWith("?", at)) {
        throw new Unsupported(); // inline flags: (?i), (?x), (?-i:…)
      }
      List<Set<String>> inner = alternation();
      if (at >= regex.length() || regex.charAt(at) != ')') {
        throw new Unsupported();
      }
      at++;
      return counts ? inner : List.of();
    }

    /** Past a character class, nested classes and escapes included. */
    private void skipClass() {
      int depth = 0;
      while (at < regex.length()) {
        char c = regex.charAt(at++);
        if (c == '\\') {
          at++;
        } else if (c == '[') {
          depth++;
        } else if (c == ']' && --depth == 0) {
          return;
        }
      }
      throw new Unsupported();
    }

    /** An escape from its "\": the character it stands for when literal, else null (skipped). */
    private Character escape() {
      at++; // backslash
      if (at >= regex.length()) {
        throw new Unsupported();
      }
      char e = regex.charAt(at++);
      if (!Character.isLetterOrDigit(e)) {
        return e;
      }
      switch (e) {
        case 'p', 'P', 'x', 'N' -> skipBraced();
        case 'u' -> at += 4;
        case 'c' -> at++;
        case 'k' -> skipTo('>');
        case 'Q' -> skipQuoted();
        case '0' -> skipDigits();
        default -> {
          if (Character.isDigit(e)) {
            skipDigits(); // a back reference
          }
        }
      }
      return null;
    }

    /** "{…}" after \p, \x or \N, or the one letter or two hex digits without braces. */
    private void skipBraced() {
      if (at < regex.length() && regex.charAt(at) == '{') {
        skipTo('}');
      } else if (regex.charAt(at - 1) == 'x') {
        at += 2;
      } else {
        at++;
      }
    }

    private void skipTo(char end) {
      int close = regex.indexOf(end, at);
      if (close < 0) {
        throw new Unsupported();
      }
      at = close + 1;
    }

    private void skipQuoted() {
      int close = regex.indexOf("\\E", at);
      at = close < 0 ? regex.length() : close + 2;
    }

    private void skipDigits() {
      while (at < regex.length() && Character.isDigit(regex.charAt(at))) {
        at++;
      }
    }

    private boolean isQuantifier() {
      return at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0;
    }

    /** The least count of a quantifier at the cursor, read past it (and its ? or +); 1 if none. */
    private int minimum() {
      if (!isQuantifier()) {
        return 1;
      }
      char q = regex.charAt(at++);
      int min;
      if (q == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new Unsupported();
        }
        String bounds = regex.substring(at, close);
        int comma = bounds.indexOf(',');
        try {
          min = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
        } catch (NumberFormatException e) {
          throw new Unsupported();
        }
        at = close + 1;
      } else {
        min = q == '+' ? 1 : 0;
      }
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++;
      }
      return min;
    }
  }
}
