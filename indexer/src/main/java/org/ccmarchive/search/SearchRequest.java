package org.ccmarchive.search;

/**
 * A search as the user asked for it.
 *
 * @param query the query text in the archive's syntax; blank lists every record
 * @param page 1-based page of records
 * @param size records per page
 * @param filters chosen facet values and date range
 * @param sort order of records
 * @param crossLingual whether glossary terms also match their translations (on by default)
 */
public record SearchRequest(
    String query, int page, int size, Filters filters, SortOrder sort, boolean crossLingual) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1000;
  public static final int MAX_QUERY_LENGTH = 2000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidQueryException("query.too-long", query.length(), MAX_QUERY_LENGTH);
    }
    if (page < 1 || page > MAX_PAGE) {
      throw new InvalidQueryException("page.range", MAX_PAGE);
    }
    if (size < 1) {
      throw new InvalidQueryException("size.min");
    }
    size = Math.min(size, MAX_SIZE);
    filters = filters == null ? Filters.NONE : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  public SearchRequest(String query, int page, int size) {
    this(query, page, size, Filters.NONE, SortOrder.RELEVANCE, true);
  }

  public SearchRequest(String query, int page, int size, Filters filters, SortOrder sort) {
    this(query, page, size, filters, sort, true);
  }

  public SearchRequest(String query, int page, int size, boolean crossLingual) {
    this(query, page, size, Filters.NONE, SortOrder.RELEVANCE, crossLingual);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, 1, DEFAULT_SIZE);
  }

  int offset() {
    return (page - 1) * size;
  }
}
