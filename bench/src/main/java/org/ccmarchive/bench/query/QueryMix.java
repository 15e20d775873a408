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

  public static final Map<String, List<String>> KINDS =
      Map.of(
          "term", List.of("clearance", "survivors", "stockpile", "Malawi", "transparency"),
          "phrase",
              List.of(
                  "\"extension request\"",
                  "\"risk education\"",
                  "\"land release methodology\"",
                  "\"sponsorship programme\""),
          "boolean",
              List.of(
                  "(clearance OR dépollution) AND Norway -Lebanon",
                  "stockpile AND (Peru OR Chile)",
                  "survivors OR víctimas NOT funding"),
          "fuzzy", List.of("destrucion~", "universalisation~", "hectars~"),
          // Facet filters are not on main yet: three field restrictions stand in for a 3-facet
          // drill-down (format, section, title) until the search request carries facet filters.
          "drilldown3",
              List.of(
                  "clearance format:pdf section:clearance title:minutes",
                  "survivors format:docx section:victim title:statement",
                  "transparency format:txt section:transparency title:paper"));

  /** The kinds in report order. */
  public static final List<String> ORDER =
      List.of("term", "phrase", "boolean", "fuzzy", "drilldown3");
}
