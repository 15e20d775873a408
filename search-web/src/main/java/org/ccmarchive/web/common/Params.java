package org.ccmarchive.web.common;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.Filters;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.search.SortOrder;

/** Reads the shared search parameters from a request; bad values become 400s. */
public final class Params {

  private Params() {}

  public static SearchRequest searchRequest(Context ctx) {
    String q = ctx.queryParam("q");
    int page = intParam(ctx, "page", 1);
    int size = intParam(ctx, "size", SearchRequest.DEFAULT_SIZE);
    return new SearchRequest(
        q, page, size, filters(ctx), SortOrder.parse(ctx.queryParam("sort")), crossLingual(ctx));
  }

  /**
   * {@code versions}: {@code group} (the default) shows the language versions of a record as one
   * hit with links to the others; {@code all} lists every version.
   */
  public static boolean versionsTogether(Context ctx) {
    String v = ctx.queryParam("versions");
    if (v == null || v.isBlank()) {
      return true;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "group" -> true;
      case "all" -> false;
      default -> throw Refusal.badRequest("error.versions");
    };
  }

  /** {@code xl}: cross-lingual search, on unless switched off with {@code xl=0}. */
  static boolean crossLingual(Context ctx) {
    String v = ctx.queryParam("xl");
    if (v == null || v.isBlank()) {
      return true;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "1", "on", "true", "yes" -> true;
      case "0", "off", "false", "no" -> false;
      default -> throw Refusal.badRequest("error.xl");
    };
  }

  /**
   * Facet values (repeatable parameters named after the dimensions) and {@code from}/{@code to}.
   */
  public static Filters filters(Context ctx) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      List<String> chosen = ctx.queryParams(dim);
      if (!chosen.isEmpty()) {
        values.put(dim, chosen);
      }
    }
    for (String year : values.getOrDefault(IndexSchema.FACET_YEAR, List.of())) {
      if (!year.isBlank() && !year.strip().matches("\\d{4}")) {
        throw Refusal.badRequest("error.year", year);
      }
    }
    return new Filters(values, date(ctx, "from", false), date(ctx, "to", true));
  }

  /**
   * A day ({@code 2024-01-30}), month ({@code 2024-01}) or year ({@code 2024}); a month or year
   * means its first day as {@code from} and its last day as {@code to}.
   */
  static Optional<LocalDate> date(Context ctx, String name, boolean endOfPeriod) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    String s = v.strip();
    try {
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return Optional.of(endOfPeriod ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(s);
        return Optional.of(endOfPeriod ? m.atEndOfMonth() : m.atDay(1));
      }
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw Refusal.badRequest("error.date", name, s);
    }
  }

  private static final java.util.regex.Pattern PARAGRAPH =
      java.util.regex.Pattern.compile("p?(\\d{1,7})");

  /**
   * The one reader of paragraph numbers in paths ({@code {ordinal}}): {@code 12}, or {@code p12} as
   * the paragraph anchors and decision links write it. Anything else is a 400; whether the
   * paragraph exists is for the caller to answer (404).
   */
  public static int paragraph(Context ctx) {
    return paragraph(ctx.pathParam("ordinal"));
  }

  /** A paragraph number as written in a URL ({@code 12} or {@code p12}); 400 when malformed. */
  public static int paragraph(String raw) {
    var m = PARAGRAPH.matcher(raw);
    if (!m.matches()) {
      throw Refusal.badRequest("error.paragraph-number", raw);
    }
    return Integer.parseInt(m.group(1));
  }

  public static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw Refusal.badRequest("error.whole-number", name);
    }
  }
}
