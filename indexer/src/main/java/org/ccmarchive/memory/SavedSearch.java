package org.ccmarchive.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A search saved under a name: the query text and its filters (search-page parameter name → values,
 * e.g. {@code speaker → [Australia]}).
 *
 * @param id URL-safe, derived from the name
 * @param name as the user gave it
 * @param query the query text in the archive's syntax ("" for every passage)
 * @param filters filter parameters, each possibly repeated
 * @param created when it was saved
 */
public record SavedSearch(
    String id, String name, String query, Map<String, List<String>> filters, Instant created) {

  public SavedSearch {
    Map<String, List<String>> copy = new TreeMap<>();
    filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    filters = java.util.Collections.unmodifiableMap(copy);
  }
}
