package org.ccmarchive.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.search.Filters;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.search.SortOrder;

/**
 * Everything a search is, as URL parameters: each link on the page is this state with one change,
 * so every search, filter, sort and page is a shareable address and back/forward just work.
 */
public record SearchState(
    String query,
    Filters filters,
    SortOrder sort,
    int size,
    int page,
    boolean crossLingual,
    boolean versionsTogether) {

  public SearchState(String query, Filters filters, SortOrder sort, int size, int page) {
    this(query, filters, sort, size, page, true, true);
  }

  public static SearchState of(SearchRequest r) {
    return of(r, true);
  }

  /** With {@code versionsTogether} false, links keep {@code versions=all}. */
  public static SearchState of(SearchRequest r, boolean versionsTogether) {
    return new SearchState(
        r.query(), r.filters(), r.sort(), r.size(), r.page(), r.crossLingual(), versionsTogether);
  }

  public SearchState toggle(String dim, String value) {
    return new SearchState(
        query, filters.toggle(dim, value), sort, size, 1, crossLingual, versionsTogether);
  }

  /** Adds a value (a label clicked in a result); a value already chosen stays chosen. */
  public SearchState with(String dim, String value) {
    return filters.isChosen(dim, value) ? withPage(1) : toggle(dim, value);
  }

  /** {@code /?q=&dim=value}: a fresh browse by one value, for pages without a search. */
  public static String browseHref(String dim, String value) {
    return "/?q=&" + dim + "=" + enc(value);
  }

  public SearchState withDates(LocalDate from, LocalDate to) {
    return new SearchState(
        query,
        filters.withDates(Optional.ofNullable(from), Optional.ofNullable(to)),
        sort,
        size,
        1,
        crossLingual,
        versionsTogether);
  }

  public SearchState withoutDates() {
    return withDates(null, null);
  }

  public SearchState withQuery(String q) {
    return new SearchState(q, filters, sort, size, 1, crossLingual, versionsTogether);
  }

  public SearchState withSort(SortOrder s) {
    return new SearchState(query, filters, s, size, 1, crossLingual, versionsTogether);
  }

  public SearchState withPage(int p) {
    return new SearchState(query, filters, sort, size, p, crossLingual, versionsTogether);
  }

  public SearchState cleared() {
    return new SearchState(query, Filters.NONE, sort, size, 1, crossLingual, versionsTogether);
  }

  /** Drops a filter by the name the service's suggestions use ({@code date} for the range). */
  public SearchState relaxed(String dim, String value) {
    return dim.equals("date") ? withoutDates() : toggle(dim, value);
  }

  /** {@code /?q=…&speaker=…}: the search page for this state. */
  public String href() {
    return "/?" + queryString();
  }

  /** The same search as a file: {@code /api/export.csv?…}. */
  public String exportHref(String format) {
    return "/api/export." + format + "?" + queryString();
  }

  /** The URL parameters, in a stable order, defaults left out. */
  public String queryString() {
    List<String> parts = new ArrayList<>();
    parts.add("q=" + enc(query));
    for (String dim : filters.dimensions()) {
      for (String v : filters.of(dim)) {
        parts.add(dim + "=" + enc(v));
      }
    }
    filters.from().ifPresent(d -> parts.add("from=" + d));
    filters.to().ifPresent(d -> parts.add("to=" + d));
    if (sort != SortOrder.RELEVANCE) {
      parts.add("sort=" + sort.param());
    }
    if (size != SearchRequest.DEFAULT_SIZE) {
      parts.add("size=" + size);
    }
    if (page > 1) {
      parts.add("page=" + page);
    }
    if (!crossLingual) {
      parts.add("xl=0");
    }
    if (!versionsTogether) {
      parts.add("versions=all");
    }
    return String.join("&", parts);
  }

  /** Hidden form fields carrying this state except the named parameters (a form sets those). */
  public List<String[]> hiddenFieldsExcept(String... names) {
    List<String> skip = List.of(names);
    List<String[]> out = new ArrayList<>();
    if (!skip.contains("q")) {
      out.add(new String[] {"q", query});
    }
    for (String dim : filters.dimensions()) {
      if (!skip.contains(dim)) {
        for (String v : filters.of(dim)) {
          out.add(new String[] {dim, v});
        }
      }
    }
    if (!skip.contains("from")) {
      filters.from().ifPresent(d -> out.add(new String[] {"from", d.toString()}));
    }
    if (!skip.contains("to")) {
      filters.to().ifPresent(d -> out.add(new String[] {"to", d.toString()}));
    }
    if (!skip.contains("sort") && sort != SortOrder.RELEVANCE) {
      out.add(new String[] {"sort", sort.param()});
    }
    if (!skip.contains("size") && size != SearchRequest.DEFAULT_SIZE) {
      out.add(new String[] {"size", Integer.toString(size)});
    }
    if (!skip.contains("xl") && !crossLingual) {
      out.add(new String[] {"xl", "0"});
    }
    if (!skip.contains("versions") && !versionsTogether) {
      out.add(new String[] {"versions", "all"});
    }
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
