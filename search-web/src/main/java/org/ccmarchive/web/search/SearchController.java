package org.ccmarchive.web.search;

import io.javalin.http.Context;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.web.api.ExportController;
import org.ccmarchive.web.common.Params;
import org.ccmarchive.web.common.Templates;

/** {@code GET /}: the search page; {@code GET /help}: the query guide. */
public final class SearchController {

  private final ArchiveIndex search;
  private final Templates templates;

  public SearchController(ArchiveIndex search, Templates templates) {
    this.search = search;
    this.templates = templates;
  }

  public void search(Context ctx) {
    SearchRequest request = Params.searchRequest(ctx);
    boolean searched = ctx.queryParam("q") != null || !request.filters().isEmpty();
    boolean together = Params.versionsTogether(ctx);
    var results = search.search(request);
    if (together) {
      results = search.withVersionsTogether(results);
    }
    var page =
        new SearchPage(
            SearchState.of(results.request(), together),
            searched,
            results,
            ExportController.MAX_ROWS);
    templates.html(ctx, "search/search.jte", page);
  }

  public void help(Context ctx) {
    templates.html(ctx, "search/help.jte", null);
  }
}
