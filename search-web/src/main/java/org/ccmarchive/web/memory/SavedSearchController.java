package org.ccmarchive.web.memory;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.SavedSearch;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.web.Templates;
import org.ccmarchive.web.i18n.Messages;
import org.ccmarchive.web.security.Refusal;
import org.ccmarchive.web.security.RequestLimits;

/**
 * Saved searches: the list ({@code GET /saved}), saving ({@code POST /saved}), deleting ({@code
 * POST /saved/{id}/delete}) and each one's Atom feed ({@code GET /saved/{id}/feed.atom?since=}).
 * Changes are POSTs, accepted only from this site's own pages (the access manager checks
 * Sec-Fetch-Site / Origin) and only when small.
 */
public final class SavedSearchController {

  /** Largest form a save may send. */
  static final int MAX_FORM_BYTES = 16 * 1024;

  static final int FEED_ENTRIES = 50;

  /** Search-page parameters that are not filters (nor is the language switch). */
  private static final List<String> NOT_FILTERS =
      List.of("q", "name", "page", "size", "sort", Messages.PARAM);

  private final SavedSearchStore store;
  private final MemoryService memory;
  private final Templates templates;

  public SavedSearchController(SavedSearchStore store, MemoryService memory, Templates templates) {
    this.store = store;
    this.memory = memory;
    this.templates = templates;
  }

  /** The list, with a form to save the search given in the query string (if any). */
  public void list(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    List<Pages.Param> filters = new ArrayList<>();
    filters(ctx.queryParamMap())
        .forEach((k, vs) -> vs.forEach(v -> filters.add(new Pages.Param(k, v))));
    templates.html(ctx, "memory/saved.jte", new Pages.Saved(store.list(), q, filters));
  }

  public void save(Context ctx) {
    checkSize(ctx);
    SavedSearch s =
        store.save(ctx.formParam("name"), ctx.formParam("q"), filters(ctx.formParamMap()));
    ctx.redirect("/saved#" + s.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void delete(Context ctx) {
    checkSize(ctx);
    if (!store.delete(ctx.pathParam("id"))) {
      throw Refusal.notFound("error.no-saved-search");
    }
    ctx.redirect("/saved", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void feed(Context ctx) {
    SavedSearch s =
        store.get(ctx.pathParam("id")).orElseThrow(() -> Refusal.notFound("error.no-saved-search"));
    Optional<LocalDate> since = since(ctx.queryParam("since"));
    var entries = memory.following(s, since, FEED_ENTRIES);
    String base = ctx.scheme() + "://" + ctx.host();
    ctx.contentType(AtomFeed.MEDIA_TYPE + "; charset=utf-8");
    ctx.result(AtomFeed.write(s, entries, base, memory.indexUpdated()));
  }

  private static Optional<LocalDate> since(String v) {
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.strip()));
    } catch (DateTimeParseException e) {
      throw Refusal.badRequest("error.since");
    }
  }

  private static Map<String, List<String>> filters(Map<String, List<String>> params) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    params.forEach(
        (k, vs) -> {
          List<String> values = vs.stream().filter(v -> v != null && !v.isBlank()).toList();
          if (!NOT_FILTERS.contains(k) && !values.isEmpty()) {
            filters.put(k, values);
          }
        });
    return filters;
  }

  /**
   * A saved search is a name, a query and a few filters: its form is held to less than the public
   * routes' body limit. (Cross-site writes are refused before this, by the access manager.)
   */
  private static void checkSize(Context ctx) {
    long length = ctx.contentLength() >= 0 ? ctx.contentLength() : ctx.bodyAsBytes().length;
    if (length > MAX_FORM_BYTES) {
      RequestLimits.drain(ctx);
      throw new Refusal(413, "error.too-large", "error.saved.too-large", MAX_FORM_BYTES / 1024);
    }
  }
}
