package org.ccmarchive.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.ccmarchive.index.IndexSchema;

/**
 * Parses the archive's query syntax: words (all required), "phrases", AND/OR/NOT, +/-, field:value
 * for the fields the schema exposes, wildcards and ~fuzzy. Slashes are plain characters. A colon
 * after a word that is not a field ("Germany: extension") is read as text, not as an unknown field.
 */
public final class UserQueryParser {

  private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\\\\\w])([\\p{L}\\p{N}_]+):");

  /** Looks up the indexed value of a facet dimension a query names ({@code speaker:australia}). */
  @FunctionalInterface
  public interface FacetValues {
    Optional<String> canonical(String dim, String text);
  }

  private final IndexSchema schema;
  private final FacetValues facetValues;

  public UserQueryParser(IndexSchema schema) {
    this(schema, (dim, text) -> Optional.empty());
  }

  public UserQueryParser(IndexSchema schema, FacetValues facetValues) {
    this.schema = schema;
    this.facetValues = facetValues;
  }

  public Query parse(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    QueryParser parser = new FacetAwareParser();
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(mapFields(literalSlashes(text)));
    } catch (ParseException e) {
      throw new InvalidQueryException("Could not understand the query: " + explain(e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "The query has too many terms (at most " + IndexSearcher.getMaxClauseCount() + ").");
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("Could not understand the query: " + e.getMessage());
    }
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
      String replacement = field != null ? field + ":" : name + "\\:";
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * {@code speaker:}, {@code article:}, {@code topic:}, {@code country:}, {@code person:} naming a
   * whole facet value (case and accents ignored; {@code article:7} is {@code Article 7}) match it
   * through the facet drill-down terms, so they mean what the facet of the same name means; other
   * text is matched against the field as indexed.
   */
  private final class FacetAwareParser extends QueryParser {
    FacetAwareParser() {
      super(IndexSchema.TEXT, schema.analyzer());
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      if (!IndexSchema.MULTI_VALUED_FACETS.contains(field)) {
        return super.getFieldQuery(field, queryText, quoted);
      }
      Optional<String> value = facetValues.canonical(field, queryText);
      if (value.isEmpty() && field.equals(IndexSchema.FACET_ARTICLE) && queryText.matches("\\d+")) {
        value = facetValues.canonical(field, "Article " + queryText);
      }
      if (value.isEmpty()) {
        // Not a whole value (e.g. a surname of a person): the field's own text matching decides.
        return super.getFieldQuery(field, queryText, quoted);
      }
      String indexField = schema.facetsConfig().getDimConfig(field).indexFieldName;
      return new TermQuery(DrillDownQuery.term(indexField, field, value.get()));
    }
  }

  private static String explain(ParseException e) {
    String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
    int nl = msg.indexOf('\n');
    String first = (nl > 0 ? msg.substring(0, nl) : msg).strip();
    if (msg.contains("Encountered \"<EOF>\"")) {
      return "it ends too early (an operator or quote without its other half?). " + hint();
    }
    return first.replaceFirst("^Cannot parse '.*?': ", "") + " " + hint();
  }

  private static String hint() {
    return "Put quotes around a phrase, or escape special characters with \\ ("
        + QueryParserBase.escape("+-&|!(){}[]^\"~*?:\\/").length()
        + " characters need it: + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /).";
  }
}
