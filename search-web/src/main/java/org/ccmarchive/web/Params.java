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
    return new SearchRequest(q, page, size);
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
