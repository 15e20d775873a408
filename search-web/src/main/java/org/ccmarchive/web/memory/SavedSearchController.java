package org.ccmarchive.web.memory;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.SavedSearch;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.web.common.Links;
import org.ccmarchive.web.common.Params;
import org.ccmarchive.web.common.PublicBase;
import org.ccmarchive.web.common.Refusal;
import org.ccmarchive.web.common.Templates;
import org.ccmarchive.web.i18n.Messages;
import org.ccmarchive.web.security.AccessManager;
import org.ccmarchive.web.security.OwnerCookie;
import org.ccmarchive.web.security.RequestLimits;

/**
 * Saved searches: the list ({@code GET /saved?page=}, {@code GET /api/saved?page=}), saving ({@code
 * POST /saved}), deleting ({@code POST /saved/{id}/delete}) and each one's Atom feed ({@code GET
 * /saved/{id}/feed.atom?since=}). Changes are POSTs, accepted only from this site's own pages (the
 * access manager checks Sec-Fetch-Site / Origin and each client's rate of writes) and only when
 * small. Anyone may read and follow a saved search; only the browser that saved it ({@link
 * OwnerCookie}) or staff (the admin token) may delete it.
 */
public final class SavedSearchController {

  /** Largest form a save may send. */
  static final int MAX_FORM_BYTES = 16 * 1024;

  static final int FEED_ENTRIES = 50;

  /** Saved searches per page of the list and of its API twin. */
  static final int PAGE_SIZE = 50;

  /** Search-page parameters that are not filters (nor is the language switch). */
  private static final List<String> NOT_FILTERS =
      List.of("q", "name", "page", "size", "sort", Messages.PARAM);

  private final SavedSearchStore store;
  private final MemoryService memory;
  private final Templates templates;
  private final AccessManager access;
  private final PublicBase publicBase;
  private final OwnerCookie owners = new OwnerCookie();

  public SavedSearchController(
      SavedSearchStore store,
      MemoryService memory,
      Templates templates,
      AccessManager access,
      PublicBase publicBase) {
    this.store = store;
    this.memory = memory;
    this.templates = templates;
    this.access = access;
    this.publicBase = publicBase;
  }

  /** A page of the list, with a form to save the search given in the query string (if any). */
  public void list(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    List<Pages.Param> filters = new ArrayList<>();
    filters(ctx.queryParamMap())
        .forEach((k, vs) -> vs.forEach(v -> filters.add(new Pages.Param(k, v))));
    Listing listing = listing(ctx);
    Optional<String> owner = owners.key(ctx);
    Set<String> own = new HashSet<>();
    for (SavedSearch s : listing.searches()) {
      if (owner.isPresent() && store.isOwnedBy(s.id(), owner.get())) {
        own.add(s.id());
      }
    }
    templates.html(
        ctx,
        "memory/saved.jte",
        new Pages.Saved(
            listing.searches(), own, listing.page(), listing.pages(), store.count(), q, filters));
  }

  /** {@code GET /api/saved?page=}: the list's page as JSON. */
  public void apiList(Context ctx) {
    Listing listing = listing(ctx);
    List<Map<String, Object>> searches = new ArrayList<>();
    for (SavedSearch s : listing.searches()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("name", s.name());
      m.put("query", s.query());
      m.put("filters", s.filters());
      m.put("created", s.created().toString());
      m.put("search_url", Links.search(s));
      m.put("feed_url", Links.feed(s));
      searches.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", store.count());
    body.put("page", listing.page());
    body.put("pages", listing.pages());
    body.put("size", PAGE_SIZE);
    body.put("searches", searches);
    ctx.json(body);
  }

  private record Listing(List<SavedSearch> searches, int page, int pages) {}

  private Listing listing(Context ctx) {
    int page = Params.intParam(ctx, "page", 1);
    int pages = Math.max(1, (store.count() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (page < 1 || page > pages) {
      throw Refusal.badRequest("error.saved.page", pages);
    }
    return new Listing(store.page((page - 1) * PAGE_SIZE, PAGE_SIZE), page, pages);
  }

  public void save(Context ctx) {
    checkSize(ctx);
    SavedSearch s;
    try {
      s =
          store.save(
              ctx.formParam("name"),
              ctx.formParam("q"),
              filters(ctx.formParamMap()),
              owners.keyOrIssue(ctx, publicBase.isHttps()));
    } catch (SavedSearchStore.NameTaken e) {
      throw new Refusal(409, "error.saved.name-taken.title", "error.saved.name-taken");
    } catch (SavedSearchStore.Full e) {
      throw new Refusal(
          507,
          "error.saved.full.title",
          "error.saved.full",
          store.limits().maxSearches(),
          store.limits().maxBytes() / 1024);
    }
    ctx.redirect("/saved#" + s.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** Deletes a search for the browser that saved it, or for staff; 403 for anyone else. */
  public void delete(Context ctx) {
    checkSize(ctx);
    String id = ctx.pathParam("id");
    if (store.get(id).isEmpty()) {
      throw Refusal.notFound("error.no-saved-search");
    }
    boolean owner = owners.key(ctx).map(k -> store.isOwnedBy(id, k)).orElse(false);
    if (!owner && !access.isStaff(ctx)) {
      throw new Refusal(403, "error.forbidden", "error.saved.not-yours");
    }
    if (!store.delete(id)) {
      throw Refusal.notFound("error.no-saved-search");
    }
    ctx.redirect("/saved", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void feed(Context ctx) {
    SavedSearch s =
        store.get(ctx.pathParam("id")).orElseThrow(() -> Refusal.notFound("error.no-saved-search"));
    Optional<LocalDate> since = since(ctx.queryParam("since"));
    var entries = memory.following(s, since, FEED_ENTRIES);
    String base = publicBase.of(ctx);
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
