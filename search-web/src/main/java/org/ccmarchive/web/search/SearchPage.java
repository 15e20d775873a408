package org.ccmarchive.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ccmarchive.search.SearchResults;

/** Model of {@code search/search.jte}: the query as typed and, once searched, its results. */
public record SearchPage(String query, Optional<SearchResults> results) {

  /** Link to another page of the same search. */
  public String pageUrl(int page) {
    return "/?q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8)
        + (page > 1 ? "&page=" + page : "")
        + (results.map(r -> r.request().crossLingual()).orElse(true) ? "" : "&xl=0");
  }

  /** The page numbers to offer: a window around the current page. */
  public int[] pageWindow() {
    SearchResults r = results.orElseThrow();
    int current = r.request().page();
    int last = r.pageCount();
    return IntStream.rangeClosed(Math.max(1, current - 4), Math.min(last, current + 4)).toArray();
  }

  /** Link to a record, carrying the query so its terms are marked there. */
  public String recordUrl(String id, String anchor) {
    return "/doc/" + id + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "#" + anchor;
  }
}
