package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.SolrConfigset;

/**
 * Writes a query {@link UserQueryParser} parsed as Solr request parameters, so that both backends
 * run the same parse (syntax, limits, facet values, cross-lingual names). Terms go through Solr's
 * {@code term} parser, which does not analyse them again (they are already analysed), and boolean
 * structure through its {@code bool} parser; each part is a parameter of its own ({@code v=$qp3}),
 * so no value needs escaping inside another. Phrases, wildcards, fuzzy and ranges are written in
 * Solr's standard syntax; Solr analyses a phrase's terms once more with the same chain, which
 * leaves an already analysed term as it is for the chains we declare.
 */
final class SolrQueryText {

  /** Prefix of the parameters holding the parts of one query. */
  private final String prefix;

  private final ModifiableSolrParams params;
  private final FacetsConfig facets;
  private int next;

  SolrQueryText(ModifiableSolrParams params, FacetsConfig facets, String prefix) {
    this.params = params;
    this.facets = facets;
    this.prefix = prefix;
  }

  /** The query string of {@code q}; its parts are added to the parameters. */
  String of(Query q) {
    if (q instanceof MatchAllDocsQuery) {
      return "*:*";
    }
    if (q instanceof MatchNoDocsQuery) {
      return "-*:*";
    }
    if (q instanceof TermQuery t) {
      return term(t.getTerm());
    }
    if (q instanceof BoostQuery b) {
      String inner = param(of(b.getQuery()));
      return b.getBoost() == 1f
          ? "{!query v=$" + inner + "}"
          : "{!boost b=" + b.getBoost() + " v=$" + inner + "}";
    }
    if (q instanceof ConstantScoreQuery c) {
      return "{!bool filter=$" + param(of(c.getQuery())) + "}";
    }
    if (q instanceof BooleanQuery b) {
      return bool(b);
    }
    if (q instanceof SynonymQuery s) {
      List<String> parts = new ArrayList<>();
      s.getTerms().forEach(t -> parts.add("should=$" + param(term(t))));
      return "{!bool " + String.join(" ", parts) + "}";
    }
    if (q instanceof DisjunctionMaxQuery d) {
      List<String> parts = new ArrayList<>();
      d.getDisjuncts().forEach(x -> parts.add("should=$" + param(of(x))));
      return "{!bool " + String.join(" ", parts) + "}";
    }
    if (q instanceof PhraseQuery p) {
      List<String> words = new ArrayList<>();
      for (Term t : p.getTerms()) {
        words.add(t.text());
      }
      String field = p.getTerms().length == 0 ? IndexSchema.TEXT_NEUTRAL : p.getField();
      return lucene(
          field
              + ":\""
              + ClientUtils.escapeQueryChars(String.join(" ", words))
              + "\""
              + (p.getSlop() > 0 ? "~" + p.getSlop() : ""));
    }
    if (q instanceof PrefixQuery p) {
      return lucene(p.getField() + ":" + ClientUtils.escapeQueryChars(p.getPrefix().text()) + "*");
    }
    if (q instanceof WildcardQuery w) {
      return lucene(w.getField() + ":" + wildcard(w.getTerm().text()));
    }
    if (q instanceof FuzzyQuery f) {
      return lucene(
          f.getField()
              + ":"
              + ClientUtils.escapeQueryChars(f.getTerm().text())
              + "~"
              + f.getMaxEdits());
    }
    if (q instanceof TermRangeQuery r) {
      return lucene(
          r.getField()
              + ":"
              + (r.includesLower() ? "[" : "{")
              + bound(r.getLowerTerm())
              + " TO "
              + bound(r.getUpperTerm())
              + (r.includesUpper() ? "]" : "}"));
    }
    throw new InvalidQueryException(
        "query.invalid", q.getClass().getSimpleName() + " is not offered on SolrCloud");
  }

  private String bool(BooleanQuery b) {
    if (b.getMinimumNumberShouldMatch() > 0) {
      throw new InvalidQueryException("query.invalid", "minimum-should-match");
    }
    StringBuilder s = new StringBuilder("{!bool");
    for (BooleanClause c : b.clauses()) {
      String key =
          switch (c.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
          };
      s.append(' ').append(key).append("=$").append(param(of(c.query())));
    }
    return s.append('}').toString();
  }

  /** A term as indexed; a facet drill-down term becomes a term of its {@code facet_} field. */
  private String term(Term t) {
    String field = t.field();
    String text = t.text();
    if (isFacetField(field)) {
      String[] path = FacetsConfig.stringToPath(text);
      field = SolrConfigset.FACET_PREFIX + path[0];
      text = String.join(Filters.PATH_SEPARATOR, List.of(path).subList(1, path.length));
    }
    return "{!term f=" + field + " v=$" + param(text) + "}";
  }

  private boolean isFacetField(String field) {
    for (String dim : IndexSchema.FACETS) {
      if (facets.getDimConfig(dim).indexFieldName.equals(field)) {
        return true;
      }
    }
    return false;
  }

  private String lucene(String text) {
    return "{!lucene v=$" + param(text) + "}";
  }

  private static String bound(org.apache.lucene.util.BytesRef b) {
    return b == null
        ? "*"
        : "\"" + b.utf8ToString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Escapes everything but the wildcard characters themselves. */
  private static String wildcard(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(
          c == '*' || c == '?'
              ? String.valueOf(c)
              : ClientUtils.escapeQueryChars(String.valueOf(c)));
    }
    return out.toString();
  }

  /** Adds {@code value} as the next parameter and returns its name. */
  private String param(String value) {
    String name = prefix + (next++);
    params.set(name, value);
    return name;
  }
}
