package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.language.Glossary;

/**
 * Cross-lingual search: where a query names a glossary term (as bare words or as an exact phrase),
 * the term is widened to every way the glossary says it, in every language: {@code victim
 * assistance} becomes {@code ((victim assistance) OR "assistance aux victimes" OR …)}.
 */
final class CrossLingualExpansion {

  private final Glossary glossary;

  CrossLingualExpansion(Glossary glossary) {
    this.glossary = glossary;
  }

  String expand(String query) {
    List<QueryTokens.Token> tokens = QueryTokens.split(query);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int i = 0;
    while (i < tokens.size()) {
      QueryTokens.Token t = tokens.get(i);
      int matched = 0;
      Optional<Glossary.Concept> concept = Optional.empty();
      if (t.kind() == QueryTokens.Kind.PHRASE && t.text().endsWith("\"")) {
        concept = glossary.lookup(List.of(t.unquoted()));
        matched = concept.isPresent() ? 1 : 0;
      } else if (t.kind() == QueryTokens.Kind.WORD && !prefixed(query, t)) {
        for (int n = longestRun(query, tokens, i); n >= 1 && concept.isEmpty(); n--) {
          concept = glossary.lookup(words(tokens, i, n));
          matched = concept.isPresent() ? n : 0;
        }
      }
      if (concept.isEmpty()) {
        i++;
        continue;
      }
      QueryTokens.Token last = tokens.get(i + matched - 1);
      out.append(query, copied, t.start());
      out.append(alternatives(query.substring(t.start(), last.end()), matched, concept.get()));
      copied = last.end();
      i += matched;
    }
    return out.append(query.substring(copied)).toString();
  }

  /** A word right after {@code +}, {@code -} or a field colon belongs to that operator. */
  private static boolean prefixed(String query, QueryTokens.Token t) {
    if (t.start() == 0) {
      return false;
    }
    char before = query.charAt(t.start() - 1);
    return before == '+' || before == '-' || before == ':';
  }

  private int longestRun(String query, List<QueryTokens.Token> tokens, int from) {
    int n = 1;
    while (from + n < tokens.size()
        && n < glossary.longestTerm()
        && tokens.get(from + n).kind() == QueryTokens.Kind.WORD
        && QueryTokens.adjacent(query, tokens.get(from + n - 1), tokens.get(from + n))) {
      n++;
    }
    return n;
  }

  private static List<String> words(List<QueryTokens.Token> tokens, int from, int n) {
    List<String> words = new ArrayList<>(n);
    for (int k = from; k < from + n; k++) {
      words.add(tokens.get(k).text());
    }
    return words;
  }

  private static String alternatives(String original, int words, Glossary.Concept concept) {
    StringBuilder sb = new StringBuilder("(");
    sb.append(words > 1 ? "(" + original + ")" : original);
    for (String term : concept.terms()) {
      sb.append(" OR \"").append(term.replace("\"", "").replace("\\", "")).append('"');
    }
    return sb.append(')').toString();
  }
}
