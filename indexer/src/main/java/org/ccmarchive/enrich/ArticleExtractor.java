package org.ccmarchive.enrich;

import java.util.LinkedHashSet;
import java.util.List;
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
    String and = "(?:,|،|、|and|&|or|et|ou|y|o|to|-|–|и|или|و|和|及|至)";
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
                          return Pattern.quote(parts[0])
                              + "\\s*("
                              + item
                              + ")\\s*"
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
      Matcher items = item.matcher(m.group(1));
      while (items.find()) {
        add(items.group(), out);
      }
    }
    if (circumfix != null) {
      Matcher c = circumfix.matcher(text);
      while (c.find()) {
        for (int g = 1; g <= c.groupCount(); g++) {
          if (c.group(g) != null) {
            add(c.group(g), out);
          }
        }
      }
    }
  }

  private void add(String item, Set<String> out) {
    Integer word = ordinals.get(item);
    int article;
    if (word != null) {
      article = word;
    } else {
      Matcher n = number.matcher(item);
      if (!n.lookingAt()) {
        return;
      }
      article = Integer.parseInt(n.group());
    }
    if (article >= 1 && article <= ARTICLES) {
      out.add("Article " + article);
    }
  }
}
