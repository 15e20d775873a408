package org.ccmarchive.search;

import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.search.SortField;
import org.ccmarchive.index.IndexSchema;

/** How records are ordered on a result page. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** The parameter value ({@code relevance}, {@code newest}, {@code oldest}). */
  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Newest or oldest first by the record's date; undated records go last either way. */
  SortField dateSortField() {
    boolean newest = this == NEWEST;
    SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, newest);
    date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return date;
  }

  /** Reads a parameter value; blank means relevance, anything unknown is a readable 400. */
  public static SortOrder parse(String value) {
    if (value == null || value.isBlank()) {
      return RELEVANCE;
    }
    for (SortOrder s : values()) {
      if (s.param().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new InvalidQueryException(
        "sort.unknown", Arrays.stream(values()).map(SortOrder::param).toList(), value);
  }
}
