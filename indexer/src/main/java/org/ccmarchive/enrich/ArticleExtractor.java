package org.ccmarchive.enrich;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to articles of the Convention and normalises them to {@code Article N}: "Article
 * 3.6" → Article 3, "Articles 7 and 9" → Article 7, Article 9, and in French and Spanish "l'article
 * 4", "les articles 3 et 4", "los artículos 6 y 7". A passage also inherits the articles its
 * section heading names.
 */
public final class ArticleExtractor {

  /** The Convention on Cluster Munitions has 23 articles. */
  private static final int ARTICLES = 23;

  private static final String NUMBER = "\\d{1,2}(?:\\.\\d{1,2})?(?:\\s?\\(\\d{1,2}\\))?(?!\\d)";

  private final Pattern reference;
  private final Pattern circumfix;
  private final Set<String> rangeWords;

  /** "Articles 3 to 9" is the longest range these records write; more is a misreading. */
  private static final int MAX_RANGE = 8;

  private final Pattern number = Pattern.compile("\\d{1,2}", Pattern.UNICODE_CHARACTER_CLASS);
  private final Map<String, Integer> ordinals;
  private final Pattern item;

  public ArticleExtractor(SpeakerPatterns patterns) {
    this.ordinals = patterns.ordinals();
    String words = SpeakerPatterns.alternation(patterns.articleWords());
    // A number in digits (any script: "٤" too) or in words ("الرابعة", "四").
    String item =
        ordinals.isEmpty()
            ? NUMBER
            : "(?:"
                + NUMBER
                + "|"
                + SpeakerPatterns.alternation(List.copyOf(ordinals.keySet()))
                + ")";
    // "articles 3 to 5", "artículos 3 a 7", "第三至第五条": the words that join the ends of a
    // range, each language's in its data; a dash in any.
    this.rangeWords = new HashSet<>(List.of("-", "–"));
    patterns.get("article-range").forEach(w -> rangeWords.add(w.toLowerCase(Locale.ROOT)));
    String ranges = SpeakerPatterns.alternation(List.copyOf(rangeWords));
    String and = "(?:,|،|、|and|&|or|et|ou|y|o|и|или|و|和|及|" + ranges + ")";
    this.item = Pattern.compile(item, Pattern.UNICODE_CHARACTER_CLASS);
    this.reference =
        Pattern.compile(
            "(?<![\\p{L}])(?:" + words + ")\\s+(" + item + "(?:\\s*" + and + "\\s*" + item + ")*)",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    // "第四条", "第4条": the number between a prefix and a suffix.
    List<String> around = patterns.get("article-circumfix");
    this.circumfix =
        around.isEmpty()
            ? null
            : Pattern.compile(
                around.stream()
                    .map(
                        c -> {
                          String[] parts = c.split("\\|", 2);
                          // "第三至第五条": a range's first end may drop the suffix.
                          return Pattern.quote(parts[0])
                              + "\\s*("
                              + item
                              + ")\\s*(?:"
                              + Pattern.quote(parts[1])
                              + ")?(?:\\s*(?:"
                              + ranges
                              + ")\\s*"
                              + Pattern.quote(parts[0])
                              + "\\s*("
                              + item
                              + "))?\\s*"
                              + Pattern.quote(parts[1]);
                        })
                    .reduce((a, b) -> a + "|" + b)
                    .orElseThrow(),
                Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** Articles the text refers to, then those of its section, in order, once each. */
  public List<String> find(String text, String section) {
    Set<String> out = new LinkedHashSet<>();
    collect(text, out);
    collect(section, out);
    return List.copyOf(out);
  }

  private void collect(String text, Set<String> out) {
    Matcher m = reference.matcher(text);
    while (m.find()) {
      // Only the leading number of each item counts: "3.6" is paragraph 6 of Article 3.
      // Items found, not split at "و" or "и": an ordinal may hold one ("الحادية والعشرين").
      String list = m.group(1);
      Matcher items = item.matcher(list);
      int before = -1;
      int previousEnd = 0;
      while (items.find()) {
        String joiner = list.substring(previousEnd, items.start()).strip();
        int at = number(items.group());
        if (before > 0 && at > before && rangeWords.contains(joiner.toLowerCase(Locale.ROOT))) {
          addRange(before, at, out);
        } else {
          add(at, out);
        }
        before = at;
        previousEnd = items.end();
      }
    }
    if (circumfix != null) {
      Matcher c = circumfix.matcher(text);
      while (c.find()) {
        int first = -1;
        for (int g = 1; g <= c.groupCount(); g++) {
          if (c.group(g) == null) {
            continue;
          }
          int at = number(c.group(g));
          if (first > 0) {
            addRange(first, at, out);
          } else {
            add(at, out);
            first = at;
          }
        }
      }
    }
  }

  /** The articles after {@code from} up to {@code to}; a range longer than a few is no range. */
  private static void addRange(int from, int to, Set<String> out) {
    if (to <= from || to - from > MAX_RANGE || to > ARTICLES) {
      add(to, out);
      return;
    }
    for (int a = from + 1; a <= to; a++) {
      out.add("Article " + a);
    }
  }

  /** An item's article number, or -1. */
  private int number(String item) {
    Integer word = ordinals.get(item);
    if (word != null) {
      return word;
    }
    Matcher n = number.matcher(item);
    return n.lookingAt() ? Integer.parseInt(n.group()) : -1;
  }

  /** Article {@code article}, when the Convention has it. */
  private static void add(int article, Set<String> out) {
    if (article >= 1 && article <= ARTICLES) {
      out.add("Article " + article);
    }
  }
}
