package org.ccmarchive.bench.query;

import java.util.List;
import java.util.Map;

/**
 * The fixed mix of queries the query and HTTP benchmarks run, by kind, in the archive's query
 * syntax. Words are those the generated corpus uses with realistic spread: common (clearance),
 * middling (survivors), rare (a place name).
 */
public final class QueryMix {

  private QueryMix() {}

  public static final Map<String, List<BenchQuery>> KINDS =
      Map.of(
          "term", texts("clearance", "survivors", "stockpile", "Malawi", "transparency"),
          "phrase",
              texts(
                  "\"extension request\"",
                  "\"risk education\"",
                  "\"land release methodology\"",
                  "\"sponsorship programme\""),
          "boolean",
              texts(
                  "(clearance OR dépollution) AND Norway -Lebanon",
                  "stockpile AND (Peru OR Chile)",
                  "survivors OR víctimas NOT funding"),
          "fuzzy", texts("destrucion~", "universalisation~", "hectars~"),
          // Three facet values clicked, as a delegate narrows a search: values the generated
          // corpus has in quantity (record type, article, topic, language, year).
          "drilldown3",
              List.of(
                  BenchQuery.facets(
                      "clearance",
                      Map.of(
                          "type", List.of("minutes"),
                          "article", List.of("Article 4"),
                          "topic", List.of("clearance"))),
                  BenchQuery.facets(
                      "\"risk education\"",
                      Map.of(
                          "type", List.of("report"),
                          "language", List.of("en"),
                          "topic", List.of("clearance"))),
                  BenchQuery.facets(
                      "survivors",
                      Map.of(
                          "type", List.of("statement"),
                          "topic", List.of("victim assistance"),
                          "year", List.of("2021", "2022")))),
          "daterange",
              List.of(
                  BenchQuery.dates("transparency", "2015-01-01", "2019-12-31"),
                  BenchQuery.dates("stockpile", "2020-01-01", "2026-12-31"),
                  BenchQuery.dates("\"victim assistance\"", "2012-01-01", "2014-12-31")));

  private static List<BenchQuery> texts(String... queries) {
    return java.util.Arrays.stream(queries).map(BenchQuery::text).toList();
  }

  /** The kinds in report order. */
  public static final List<String> ORDER =
      List.of("term", "phrase", "boolean", "fuzzy", "drilldown3", "daterange");
}
