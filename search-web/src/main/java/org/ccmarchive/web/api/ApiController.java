package org.ccmarchive.web.api;

import io.javalin.http.Context;
import java.util.Map;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.QueryLimits;
import org.ccmarchive.search.SearchCursor;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.search.SearchResults;
import org.ccmarchive.web.common.Params;
import org.ccmarchive.web.common.Refusal;

/** The JSON API: search, documents and facet values (autocomplete). */
public final class ApiController {

  private final ArchiveIndex search;

  public ApiController(ArchiveIndex search) {
    this.search = search;
  }

  public void search(Context ctx) {
    String after = ctx.queryParam("after");
    boolean together = Params.versionsTogether(ctx);
    if (after == null) {
      SearchResults results = search.search(Params.searchRequest(ctx));
      ctx.json(SearchJson.of(together ? search.withVersionsTogether(results) : results));
      return;
    }
    SearchRequest request = Params.searchRequest(ctx);
    SearchResults results = search.searchAfter(request, after);
    boolean more = results.hits().size() == request.size();
    SearchCursor next = more ? SearchCursor.after(results.hits().getLast()) : null;
    if (together) {
      results = search.withVersionsTogether(results);
    }
    ctx.json(SearchJson.of(results, next == null ? null : next.encode()));
  }

  public void document(Context ctx) {
    String id = ctx.pathParam("id");
    var detail =
        RecordIds.isWellFormed(id)
            ? search.record(id, ctx.queryParam("q"))
            : java.util.Optional.<org.ccmarchive.search.RecordDetail>empty();
    ctx.json(
        DocumentJson.of(
            detail.orElseThrow(() -> Refusal.notFound("error.no-record", id)),
            search.versions(id)));
  }

  /**
   * {@code GET /api/documents/{id}/passages/{ordinal}/versions}: the same-numbered paragraph in
   * each other language version of the record.
   */
  public void passageVersions(Context ctx) {
    String id = ctx.pathParam("id");
    int ordinal = Params.paragraph(ctx);
    if (!RecordIds.isWellFormed(id) || search.summary(id).isEmpty()) {
      throw Refusal.notFound("error.no-record", id);
    }
    ctx.json(
        search
            .versionPassages(id, ordinal)
            .orElseThrow(
                () -> Refusal.notFound("error.record-no-paragraph", String.valueOf(ordinal)))
            .stream()
            .map(
                vp ->
                    new VersionPassageJson(
                        DocumentJson.VersionJson.of(vp.version()), PassageJson.of(vp.passage())))
            .toList());
  }

  /** One entry of the passage-versions answer. */
  public record VersionPassageJson(DocumentJson.VersionJson version, PassageJson passage) {}

  /** {@code GET /api/facets/{dim}?prefix=&limit=}: values of one dimension with counts. */
  public void facetValues(Context ctx) {
    String dim = ctx.pathParam("dim");
    int limit =
        Math.min(QueryLimits.MAX_FACET_VALUES, Math.max(1, Params.intParam(ctx, "limit", 10)));
    ctx.json(
        Map.of(
            "dimension", dim, "values", search.facetValues(dim, ctx.queryParam("prefix"), limit)));
  }
}
