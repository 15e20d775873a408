package org.ccmarchive.web;

import io.javalin.http.Context;
import org.ccmarchive.search.InvalidQueryException;
import org.ccmarchive.search.SearchRequest;

/** Reads the shared search parameters from a request; bad values become 400s. */
public final class Params {

  private Params() {}

  public static SearchRequest searchRequest(Context ctx) {
    String q = ctx.queryParam("q");
    int page = intParam(ctx, "page", 1);
    int size = intParam(ctx, "size", SearchRequest.DEFAULT_SIZE);
    return new SearchRequest(q, page, size, crossLingual(ctx));
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
      default -> throw new InvalidQueryException("xl must be 1 (on) or 0 (off).");
    };
  }

  static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(name + " must be a whole number.");
    }
  }
}
