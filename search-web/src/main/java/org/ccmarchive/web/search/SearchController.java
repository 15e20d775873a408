package org.ccmarchive.web.search;

import io.javalin.http.Context;
import java.util.Optional;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.search.SearchService;
import org.ccmarchive.web.Params;
import org.ccmarchive.web.Templates;

/** {@code GET /}: the search page. */
public final class SearchController {

  private final SearchService search;
  private final Templates templates;

  public SearchController(SearchService search, Templates templates) {
    this.search = search;
    this.templates = templates;
  }

  public void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null) {
      ctx.html(templates.render("search/search.jte", new SearchPage("", Optional.empty())));
      return;
    }
    SearchRequest request = Params.searchRequest(ctx);
    var page = new SearchPage(request.query(), Optional.of(search.search(request)));
    ctx.html(templates.render("search/search.jte", page));
  }
}
