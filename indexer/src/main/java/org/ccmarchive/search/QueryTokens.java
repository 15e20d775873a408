package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw query split into spans the rewriting steps care about: quoted phrases, bare words and
 * everything else (operators, parentheses, field:value). Rewrites replace spans and copy the rest
 * verbatim, so the query parser sees the user's syntax unchanged.
 */
final class QueryTokens {

  private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"(?:~\\d+)?|[()]|[^\\s()\"]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");

  enum Kind {
    PHRASE,
    WORD,
    OTHER
  }

  record Token(Kind kind, String text, int start, int end) {

    /** The phrase without its quotes (only for {@link Kind#PHRASE} without slop). */
    String unquoted() {
      return text.substring(1, text.length() - 1);
    }
  }

  private QueryTokens() {}

  static List<Token> split(String query) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(query);
    while (m.find()) {
      String t = m.group();
      tokens.add(new Token(kindOf(t), t, m.start(), m.end()));
    }
    return tokens;
  }

  private static Kind kindOf(String t) {
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return Kind.PHRASE;
    }
    if (WORD.matcher(t).matches() && !t.equals("AND") && !t.equals("OR") && !t.equals("NOT")) {
      return Kind.WORD;
    }
    return Kind.OTHER;
  }

  /** True when only whitespace separates two tokens. */
  static boolean adjacent(String query, Token a, Token b) {
    return query.substring(a.end(), b.start()).isBlank();
  }
}
