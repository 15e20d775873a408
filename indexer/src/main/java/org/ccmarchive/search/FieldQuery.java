package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a query that can mark words in one field, for the highlighter. A search runs one
 * query over seven text fields (six languages and the neutral one), widened by the cross-lingual
 * glossary; highlighting a field with all of it re-weighs every other field's phrases for every
 * passage. Required clauses become optional and exclusions are dropped: the passage is already
 * known to match, and only the positions of matching words in this field are wanted.
 */
final class FieldQuery {

  private FieldQuery() {}

  /** The clauses of {@code query} on {@code field}, or empty when it has none. */
  static Optional<Query> of(Query query, String field) {
    return Optional.ofNullable(prune(query, field));
  }

  private static Query prune(Query query, String field) {
    if (query instanceof BooleanQuery bq) {
      return pruneBoolean(bq.clauses().stream().map(BooleanClause::query).toList(), bq, field);
    }
    if (query instanceof DisjunctionMaxQuery dmq) {
      return pruneBoolean(dmq.getDisjuncts().stream().toList(), null, field);
    }
    if (query instanceof BoostQuery boost) {
      Query inner = prune(boost.getQuery(), field);
      return inner == null ? null : new BoostQuery(inner, boost.getBoost());
    }
    if (query instanceof ConstantScoreQuery csq) {
      return prune(csq.getQuery(), field);
    }
    if (query instanceof MatchAllDocsQuery) {
      return null;
    }
    return fieldsOf(query).contains(field) ? query : null;
  }

  /** A disjunction of the pruned positive clauses (exclusions of a boolean query dropped). */
  private static Query pruneBoolean(List<Query> parts, BooleanQuery original, String field) {
    List<Query> kept = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (original != null && original.clauses().get(i).occur() == BooleanClause.Occur.MUST_NOT) {
        continue;
      }
      Query pruned = prune(parts.get(i), field);
      if (pruned != null) {
        kept.add(pruned);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    if (kept.size() == 1) {
      return kept.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    kept.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  /** The fields a leaf query reads, whatever its type. */
  private static Set<String> fieldsOf(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String f) {
            fields.add(f);
            return false;
          }

          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              fields.add(t.field());
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return fields;
  }
}
