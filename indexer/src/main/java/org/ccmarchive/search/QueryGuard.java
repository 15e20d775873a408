package org.ccmarchive.search;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Refuses parsed queries whose cost grows with the index rather than with the query: too many
 * terms, too many dictionary-walking terms (wildcard, prefix, fuzzy, range), or a wildcard without
 * a literal start. The messages are written for the person who typed the query.
 */
final class QueryGuard {

  private QueryGuard() {}

  static void checkText(String text) {
    if (text.length() > QueryLimits.MAX_QUERY_LENGTH) {
      throw new InvalidQueryException(
          "query.too-long", text.length(), QueryLimits.MAX_QUERY_LENGTH);
    }
  }

  /**
   * Checks the query as typed: its terms, its dictionary-walking terms, and, before the costly
   * multi-field parse, whether its words can all be searched in {@code fields} text fields within
   * Lucene's clause limit.
   */
  static void checkParsed(Query typed, int fields) {
    Counter counter = new Counter();
    typed.visit(counter);
    if (counter.terms > QueryLimits.MAX_TERMS) {
      throw new InvalidQueryException("query.too-many-terms", counter.terms, QueryLimits.MAX_TERMS);
    }
    if (counter.expanding > QueryLimits.MAX_EXPANDING_TERMS) {
      throw new InvalidQueryException("query.too-many-expanding", QueryLimits.MAX_EXPANDING_TERMS);
    }
    int most = IndexSearcher.getMaxClauseCount() / fields;
    if (counter.terms > most) {
      throw new InvalidQueryException("query.too-many-words-for-languages", counter.terms, most);
    }
  }

  /** Wildcard, prefix, fuzzy and range terms in a parsed query. */
  static int expandingTerms(Query query) {
    Counter counter = new Counter();
    query.visit(counter);
    return counter.expanding;
  }

  private static final class Counter extends QueryVisitor {
    int terms;
    int expanding;

    /**
     * One typed pattern is searched in every language field; it is one pattern the user wrote, so
     * it counts once (the field is left out of the key).
     */
    private final java.util.Set<String> patterns = new java.util.HashSet<>();

    @Override
    public void consumeTerms(Query query, Term... t) {
      terms += t.length;
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      terms++;
      if (patterns.add(query.getClass().getSimpleName() + ":" + query.toString(field))) {
        expanding++;
      }
      checkWildcardStart(query);
    }

    @Override
    public void visitLeaf(Query query) {
      terms++;
    }
  }

  private static void checkWildcardStart(Query query) {
    String text;
    if (query instanceof WildcardQuery w) {
      text = w.getTerm().text();
    } else if (query instanceof PrefixQuery p) {
      text = p.getPrefix().text() + "*";
    } else {
      return;
    }
    int literal = 0;
    while (literal < text.length() && "*?".indexOf(text.charAt(literal)) < 0) {
      literal++;
    }
    if (literal < QueryLimits.MIN_WILDCARD_PREFIX) {
      throw new InvalidQueryException(
          "query.wildcard-prefix", QueryLimits.MIN_WILDCARD_PREFIX, text);
    }
  }
}
