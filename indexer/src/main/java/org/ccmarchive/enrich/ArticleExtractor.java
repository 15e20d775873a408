package org.ccmarchive.enrich;

import java.util.LinkedHashSet;
import java.util.List;
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

  private static final String NUMBER = "\\d{1,2}(?:\\.\\d{1,2})?(?:\\s?\\(\\d{1,2}\\))?";

  private final Pattern reference;
  private final Pattern number = Pattern.compile("\\d{1,2}");

  public ArticleExtractor(SpeakerPatterns patterns) {
    String words = SpeakerPatterns.alternation(patterns.articleWords());
    this.reference =
        Pattern.compile(
            "\\b(?:"
                + words
                + ")\\s+("
                + NUMBER
                + "(?:\\s*(?:,|and|&|or|et|ou|y|o|to|-|–)\\s*"
                + NUMBER
                + ")*)",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
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
      String list = m.group(1);
      // Only the leading number of each item counts: "3.6" is paragraph 6 of Article 3.
      for (String item :
          list.split(
              "\\s*(?:,|\\band\\b|&|\\bor\\b|\\bet\\b|\\bou\\b|\\by\\b|\\bo\\b|\\bto\\b)\\s*")) {
        Matcher n = number.matcher(item);
        if (n.lookingAt()) {
          int article = Integer.parseInt(n.group());
          if (article >= 1 && article <= ARTICLES) {
            out.add("Article " + article);
          }
        }
      }
    }
  }
}
