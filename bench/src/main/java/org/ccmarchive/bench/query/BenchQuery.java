package org.ccmarchive.bench.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.search.Filters;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.search.SortOrder;

/**
 * One query of the mix: the text a user types plus the facet values and date range they clicked, so
 * the in-process and HTTP benchmarks send exactly the same search.
 *
 * @param text the query in the archive's syntax
 * @param facets chosen values per facet dimension (names from the index schema)
 * @param from first day of a date range, if any
 * @param to last day of a date range, if any
 */
public record BenchQuery(
    String text,
    Map<String, List<String>> facets,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public static BenchQuery text(String text) {
    return new BenchQuery(text, Map.of(), Optional.empty(), Optional.empty());
  }

  public static BenchQuery facets(String text, Map<String, List<String>> facets) {
    return new BenchQuery(text, facets, Optional.empty(), Optional.empty());
  }

  public static BenchQuery dates(String text, String from, String to) {
    return new BenchQuery(
        text, Map.of(), Optional.of(LocalDate.parse(from)), Optional.of(LocalDate.parse(to)));
  }

  /** The request the web app builds from the same URL. */
  public SearchRequest request() {
    return new SearchRequest(
        text, 1, SearchRequest.DEFAULT_SIZE, new Filters(facets, from, to), SortOrder.RELEVANCE);
  }

  /** The query string of {@code /api/search} for this search. */
  public String urlParameters() {
    StringBuilder sb = new StringBuilder("q=").append(encode(text));
    facets.forEach(
        (dim, values) ->
            values.forEach(v -> sb.append('&').append(dim).append('=').append(encode(v))));
    from.ifPresent(d -> sb.append("&from=").append(d));
    to.ifPresent(d -> sb.append("&to=").append(d));
    return sb.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return urlParameters();
  }
}
