package org.ccmarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.index.IndexSchema;

/**
 * What a search is narrowed to: chosen facet values per dimension (several values in one dimension
 * are OR'd, dimensions are AND'd) and a date range, both ends inclusive.
 *
 * @param values chosen values per dimension of {@link IndexSchema#FACETS}, in that order; values of
 *     hierarchical dimensions are paths joined by {@link #PATH_SEPARATOR}
 * @param from first day, if bounded
 * @param to last day, if bounded
 */
public record Filters(
    Map<String, List<String>> values, Optional<LocalDate> from, Optional<LocalDate> to) {

  /** Separates the levels of a hierarchical value: {@code Coordination Committee/2024-01-30}. */
  public static final String PATH_SEPARATOR = "/";

  /** More values than this in one dimension is not a search a person makes. */
  public static final int MAX_VALUES_PER_DIMENSION = 50;

  public static final int MAX_VALUE_LENGTH = 200;

  public static final Filters NONE = new Filters(Map.of(), Optional.empty(), Optional.empty());

  public Filters {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      List<String> chosen = values.getOrDefault(dim, List.of());
      List<String> clean = new ArrayList<>(new LinkedHashSet<>(clean(chosen)));
      if (clean.size() > MAX_VALUES_PER_DIMENSION) {
        throw new InvalidQueryException("filter.too-many-values", dim, MAX_VALUES_PER_DIMENSION);
      }
      if (!clean.isEmpty()) {
        ordered.put(dim, List.copyOf(clean));
      }
    }
    for (String dim : values.keySet()) {
      if (!IndexSchema.FACETS.contains(dim)) {
        throw new InvalidQueryException("filter.unknown", dim, IndexSchema.FACETS);
      }
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidQueryException("filter.date-range-empty", from.get(), to.get());
    }
    values = java.util.Collections.unmodifiableMap(ordered);
  }

  private static List<String> clean(List<String> chosen) {
    List<String> out = new ArrayList<>();
    for (String v : chosen) {
      if (v == null || v.isBlank()) {
        continue;
      }
      String s = v.strip();
      if (s.length() > MAX_VALUE_LENGTH) {
        throw new InvalidQueryException("filter.value-too-long", MAX_VALUE_LENGTH);
      }
      out.add(s);
    }
    return out;
  }

  /** The chosen values of one dimension, empty when none. */
  public List<String> of(String dim) {
    return values.getOrDefault(dim, List.of());
  }

  /** The dimensions with chosen values, in the order of {@link IndexSchema#FACETS}. */
  public List<String> dimensions() {
    return IndexSchema.FACETS.stream().filter(values::containsKey).toList();
  }

  public boolean hasDates() {
    return from.isPresent() || to.isPresent();
  }

  public boolean isEmpty() {
    return values.isEmpty() && !hasDates();
  }

  public boolean isChosen(String dim, String value) {
    return of(dim).contains(value);
  }

  /** These filters with one value more, or one value less if it was chosen. */
  public Filters toggle(String dim, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(values);
    List<String> list = new ArrayList<>(of(dim));
    if (!list.remove(value)) {
      list.add(value);
    }
    next.put(dim, list);
    return new Filters(next, from, to);
  }

  public Filters withDates(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
    return new Filters(values, newFrom, newTo);
  }

  /** The levels of a hierarchical value. */
  static String[] path(String dim, String value) {
    if (IndexSchema.HIERARCHICAL_FACETS.contains(dim)) {
      return value.split(PATH_SEPARATOR, -1);
    }
    return new String[] {value};
  }
}
