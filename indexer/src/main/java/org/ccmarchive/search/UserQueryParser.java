package org.ccmarchive.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.language.DocumentSymbols;
import org.ccmarchive.language.Glossary;

/**
 * Parses the archive's query syntax: words (all required), "phrases", AND/OR/NOT, +/-, field:value
 * for the fields the schema exposes, wildcards and ~fuzzy. Slashes are plain characters. A colon
 * after a word that is not a field ("Germany: extension") is read as text, not as an unknown field.
 *
 * <p>Plain words are searched in every language's text field and the language-neutral one, each
 * analysed its own way. A word shaped like a document symbol ({@code CCM/MSP/2024/11}, {@code
 * CCM/MSP/2024*}) also matches records with that symbol and passages citing it. With cross-lingual
 * search on, glossary terms are widened to their translations.
 */
public final class UserQueryParser {

  private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\\\\\w])([\\p{L}\\p{N}_]+):");

  /** Looks up the indexed value of a facet dimension a query names ({@code speaker:australia}). */
  @FunctionalInterface
  public interface FacetValues {
    Optional<String> canonical(String dim, String text);
  }

  /**
   * Words and phrases searched in every text field, each already analysed by every language's
   * analyzer. A cross-lingual name or glossary term widens a query to dozens of phrases (every
   * alias of a State in every language), and analysing them again for each search was most of the
   * time a search spent parsing; the same words recur, so they are analysed once. Bounded: when
   * full it starts again.
   */
  private final Map<String, Query> analysed = new ConcurrentHashMap<>();

  /**
   * Whole queries as parsed, by text and cross-lingual switch: a query parses the same way until it
   * names a facet value, whose indexed form depends on the index (those are never kept).
   */
  private final Map<String, Query> parsed = new ConcurrentHashMap<>();

  static final int MAX_REMEMBERED = 4096;

  private final IndexSchema schema;
  private final FacetValues facetValues;
  private final CrossLingualExpansion crossLingual;

  public UserQueryParser(IndexSchema schema) {
    this(schema, (dim, text) -> Optional.empty());
  }

  public UserQueryParser(IndexSchema schema, FacetValues facetValues) {
    this(schema, facetValues, CrossLingualTerms.standard());
  }

  /** With {@code gazetteer}'s names as cross-lingual terms: the caller's gazetteer, read once. */
  public UserQueryParser(IndexSchema schema, FacetValues facetValues, Gazetteer gazetteer) {
    this(schema, facetValues, CrossLingualTerms.of(gazetteer));
  }

  public UserQueryParser(IndexSchema schema, FacetValues facetValues, Glossary glossary) {
    this.schema = schema;
    this.facetValues = facetValues;
    this.crossLingual = new CrossLingualExpansion(glossary);
  }

  public Query parse(String text) {
    return parse(text, false);
  }

  /**
   * Parses {@code text}; with {@code crossLingual}, glossary terms also match their translations. A
   * widened query too large to run falls back to the query as typed.
   */
  public Query parse(String text, boolean crossLingual) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    QueryGuard.checkText(text);
    String key = (crossLingual ? "cross-lingual" : "as typed") + '\u0000' + text;
    Query known = parsed.get(key);
    if (known != null) {
      return known;
    }
    // Limits count what the user typed, not the per-language fields each word is searched in.
    Query typed = run(configured(new QueryParser(IndexSchema.TEXT, schema.analyzer())), text);
    QueryGuard.checkParsed(typed, IndexSchema.textFieldBoosts().size());
    Parsed answer = null;
    if (crossLingual) {
      String expanded = this.crossLingual.expand(text);
      if (!expanded.equals(text)) {
        try {
          answer = parseRewritten(expanded);
        } catch (InvalidQueryException e) {
          // the widened query is too large or the user's syntax broke it: run the query as typed
        }
      }
    }
    if (answer == null) {
      answer = parseRewritten(text);
    }
    if (!answer.askedIndex()) {
      remember(parsed, key, answer.query());
    }
    return answer.query();
  }

  /** A parsed query, and whether parsing looked a facet value up in the index. */
  private record Parsed(Query query, boolean askedIndex) {}

  private Parsed parseRewritten(String text) {
    Map<String, Float> boosts = IndexSchema.textFieldBoosts();
    FacetAwareParser parser = new FacetAwareParser(boosts);
    Query q = run(configured(parser), symbols(text));
    return new Parsed(q, parser.askedIndex);
  }

  private static void remember(Map<String, Query> memo, String key, Query q) {
    if (memo.size() >= MAX_REMEMBERED) {
      memo.clear();
    }
    memo.put(key, q);
  }

  private static QueryParser configured(QueryParser parser) {
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    parser.setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK_LIMIT);
    // word~ allows one edit (cheap automaton, finds spelling variants); word~2 asks for two.
    parser.setFuzzyMinSim(QueryLimits.DEFAULT_FUZZY_EDITS);
    return parser;
  }

  /** Parses with user field names mapped and slashes literal; failures become readable 400s. */
  private Query run(QueryParser parser, String text) {
    try {
      return parser.parse(mapFields(literalSlashes(text)));
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException("query.wildcard-too-complex");
    } catch (ParseException e) {
      throw syntaxError(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("query.too-many-clauses", IndexSearcher.getMaxClauseCount());
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("query.invalid", e.getMessage());
    }
  }

  /**
   * A bare word shaped like a document symbol also matches the record that bears it and passages
   * citing it, as a whole keyword: {@code CCM/MSP/2024/11} exactly, {@code CCM/MSP/2024*} as a
   * prefix.
   */
  private static String symbols(String text) {
    List<QueryTokens.Token> tokens = QueryTokens.split(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (QueryTokens.Token t : tokens) {
      boolean bare =
          t.start() == 0
              || Character.isWhitespace(text.charAt(t.start() - 1))
              || text.charAt(t.start() - 1) == '(';
      if (t.kind() != QueryTokens.Kind.OTHER
          || !bare
          || !DocumentSymbols.looksLikeSymbol(t.text())) {
        continue;
      }
      String s = t.text();
      String asText = s.endsWith("*") ? "" : " OR " + s;
      out.append(text, copied, t.start())
          .append("(symbol:")
          .append(s)
          .append(" OR cited:")
          .append(s)
          .append(asText)
          .append(')');
      copied = t.end();
    }
    return out.append(text.substring(copied)).toString();
  }

  /**
   * Slashes are literal: they occur in document symbols (CCM/MSP/2024/11) and file names, and
   * regular-expression queries are not offered (their cost cannot be bounded cheaply).
   */
  private static String literalSlashes(String text) {
    return text.replaceAll("(?<!\\\\)/", "\\\\/");
  }

  /** Rewrites user field names to index fields and escapes colons after non-field words. */
  private String mapFields(String text) {
    Map<String, String> fields = schema.queryFields();
    Matcher m = FIELD_PREFIX.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String field = fields.get(name.toLowerCase(Locale.ROOT));
      // text: is every text field, which is what a plain word searches anyway
      String replacement =
          IndexSchema.TEXT.equals(field) ? "" : field != null ? field + ":" : name + "\\:";
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Searches a plain word in every text field as one disjunction of whole per-field queries, so a
   * word the analyzer splits ({@code CCM/MSP/2024/11}, {@code 5.3}) keeps the default AND between
   * its parts in each field (the stock parser transposes them into an OR).
   *
   * <p>{@code speaker:}, {@code article:}, {@code topic:}, {@code country:}, {@code person:} naming
   * a whole facet value (case and accents ignored; {@code article:7} is {@code Article 7}) match it
   * through the facet drill-down terms, so they mean what the facet of the same name means; other
   * text is matched against the field as indexed.
   */
  private final class FacetAwareParser extends MultiFieldQueryParser {

    private final Map<String, Float> boosts;

    /** Whether a facet value was looked up in the index (the query then depends on it). */
    boolean askedIndex;

    FacetAwareParser(Map<String, Float> boosts) {
      super(boosts.keySet().toArray(String[]::new), schema.analyzer(), boosts);
      this.boosts = boosts;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      if (field == null) {
        return anyTextField(queryText, quoted);
      }
      if (!IndexSchema.MULTI_VALUED_FACETS.contains(field)) {
        return super.getFieldQuery(field, queryText, quoted);
      }
      askedIndex = true;
      Optional<String> value = facetValues.canonical(field, queryText);
      if (value.isEmpty()) {
        // Not a whole value (e.g. a surname of a person): the field's own text matching decides.
        return super.getFieldQuery(field, queryText, quoted);
      }
      String indexField = schema.facetsConfig().getDimConfig(field).indexFieldName;
      return new TermQuery(DrillDownQuery.term(indexField, field, value.get()));
    }

    /**
     * Quoted text: the multi-field parser calls the base class's non-slop form directly, so a
     * quoted facet value ({@code article:"Article 4"}) is routed through the facet lookup here.
     */
    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field != null && IndexSchema.MULTI_VALUED_FACETS.contains(field)) {
        Query q = getFieldQuery(field, queryText, true);
        return q instanceof TermQuery ? q : super.getFieldQuery(field, queryText, slop);
      }
      if (field == null) {
        return remembered(
            "phrase~" + slop + '\u0000' + queryText,
            () -> super.getFieldQuery(null, queryText, slop));
      }
      return super.getFieldQuery(field, queryText, slop);
    }

    /** {@code parse}'s answer for {@code key}, analysed once (see {@link #analysed}). */
    private Query remembered(String key, Analysis parse) throws ParseException {
      Query known = analysed.get(key);
      if (known != null) {
        return known;
      }
      Query q = parse.run();
      if (q != null) {
        remember(analysed, key, q);
      }
      return q;
    }

    private Query anyTextField(String queryText, boolean quoted) throws ParseException {
      return remembered(
          (quoted ? "quoted" : "word") + '\u0000' + queryText,
          () -> anyTextFieldAnalysed(queryText, quoted));
    }

    private Query anyTextFieldAnalysed(String queryText, boolean quoted) throws ParseException {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int clauses = 0;
      for (Map.Entry<String, Float> f : boosts.entrySet()) {
        Query q = super.getFieldQuery(f.getKey(), queryText, quoted);
        if (q != null) {
          any.add(new BoostQuery(q, f.getValue()), BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      return clauses == 0 ? null : any.build();
    }
  }

  @FunctionalInterface
  private interface Analysis {
    Query run() throws ParseException;
  }

  /**
   * Names where the parse broke: the parser's own message is English and quotes the query after
   * field names were mapped, so only the token it stopped at is passed on.
   */
  private static InvalidQueryException syntaxError(ParseException e) {
    if (e.getCause() instanceof ParseException inner
        && inner.currentToken != null
        && inner.currentToken.next != null) {
      Token next = inner.currentToken.next;
      return next.kind == QueryParserConstants.EOF
          ? new InvalidQueryException("query.syntax.ends-early")
          : new InvalidQueryException("query.syntax.near", next.image);
    }
    return new InvalidQueryException("query.syntax");
  }
}
