package org.ccmarchive.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmarchive.search.DateHistogram;
import org.ccmarchive.search.RecordHit;
import org.ccmarchive.search.RecordSummary;
import org.ccmarchive.search.SearchResults;
import org.ccmarchive.search.Suggestions;

/** {@code GET /api/search} answer; later versions add fields, never rename these. */
public record SearchJson(
    String query,
    int page,
    int size,
    long totalRecords,
    long totalPassages,
    long tookMs,
    List<Hit> hits,
    Map<String, List<SearchResults.FacetCount>> facets,
    String sort,
    Map<String, List<String>> filters,
    String from,
    String to,
    DateHistogram dateHistogram,
    String didYouMean,
    List<Suggestions.Relaxation> dropFilterSuggestions,
    boolean partial,
    String nextAfter) {

  static SearchJson of(SearchResults r) {
    return of(r, null);
  }

  /** With {@code next_after}: the cursor that continues a deep-paging walk, null at its end. */
  static SearchJson of(SearchResults r, String nextAfter) {
    return new SearchJson(
        r.request().query(),
        r.request().page(),
        r.request().size(),
        r.totalRecords(),
        r.totalPassages(),
        r.tookMs(),
        r.hits().stream().map(Hit::of).toList(),
        new LinkedHashMap<>(r.facets()),
        r.request().sort().param(),
        new LinkedHashMap<>(r.request().filters().values()),
        r.request().filters().from().map(Object::toString).orElse(null),
        r.request().filters().to().map(Object::toString).orElse(null),
        r.dateHistogram(),
        r.suggestions().query().orElse(null),
        r.suggestions().relaxations(),
        r.partial(),
        nextAfter);
  }

  /**
   * A matching record and its best passages; {@code match} is {@code passage} when one passage
   * holds the whole query, {@code record} when only the record's passages together do (then one
   * passage per part of the query is shown).
   */
  public record Hit(
      String id,
      String title,
      String file,
      String format,
      String type,
      String meeting,
      String date,
      String language,
      float score,
      long matchingPassages,
      List<PassageJson> passages,
      String symbol,
      List<String> citedSymbols,
      String place,
      List<DocumentJson.VersionJson> versions,
      String match) {

    static Hit of(RecordHit h) {
      RecordSummary s = h.record();
      return new Hit(
          s.id(),
          s.title(),
          s.file(),
          s.format(),
          s.type().orElse(null),
          s.meeting().orElse(null),
          s.date().orElse(null),
          s.language().orElse(null),
          h.score(),
          h.matchingPassages(),
          h.passages().stream().map(PassageJson::of).toList(),
          s.symbol().orElse(null),
          s.citedSymbols(),
          s.place().orElse(null),
          h.versions().stream().map(DocumentJson.VersionJson::of).toList(),
          h.match().param());
    }
  }
}
