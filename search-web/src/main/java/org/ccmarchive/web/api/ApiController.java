package org.ccmarchive.web.api;

import io.javalin.http.Context;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.search.SearchCursor;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.search.SearchResults;
import org.ccmarchive.search.SearchService;
import org.ccmarchive.web.Params;
import org.ccmarchive.web.WebApp;

/** The JSON API: {@code GET /api/search} and {@code GET /api/documents/{id}}. */
public final class ApiController {

  private final SearchService search;

  public ApiController(SearchService search) {
    this.search = search;
  }

  public void search(Context ctx) {
    String after = ctx.queryParam("after");
    if (after == null) {
      ctx.json(SearchJson.of(search.search(Params.searchRequest(ctx))));
      return;
    }
    SearchRequest request = Params.searchRequest(ctx);
    SearchResults results = search.searchAfter(request, after);
    boolean more = results.hits().size() == request.size();
    ctx.json(
        SearchJson.of(
            results, more ? SearchCursor.after(results.hits().getLast()).encode() : null));
  }

  public void document(Context ctx) {
    String id = ctx.pathParam("id");
    var detail =
        RecordIds.isWellFormed(id)
            ? search.record(id, ctx.queryParam("q"))
            : java.util.Optional.<org.ccmarchive.search.RecordDetail>empty();
    ctx.json(
        DocumentJson.of(
            detail.orElseThrow(
                () -> new WebApp.NotFound("There is no record with id \"" + id + "\"."))));
  }
}
