package org.ccmarchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.InvalidQueryException;
import org.ccmarchive.search.SearchBusyException;
import org.ccmarchive.web.admin.AdminController;
import org.ccmarchive.web.api.ApiController;
import org.ccmarchive.web.api.ApiDescription;
import org.ccmarchive.web.api.ExportController;
import org.ccmarchive.web.cite.CitationController;
import org.ccmarchive.web.common.PublicBase;
import org.ccmarchive.web.common.Refusal;
import org.ccmarchive.web.common.RequestsInFlight;
import org.ccmarchive.web.common.StaticAssets;
import org.ccmarchive.web.common.Templates;
import org.ccmarchive.web.i18n.I18n;
import org.ccmarchive.web.i18n.Messages;
import org.ccmarchive.web.i18n.Msg;
import org.ccmarchive.web.memory.MemoryApi;
import org.ccmarchive.web.memory.MemoryController;
import org.ccmarchive.web.memory.SavedSearchController;
import org.ccmarchive.web.records.RecordController;
import org.ccmarchive.web.search.SearchController;
import org.ccmarchive.web.security.Access;
import org.ccmarchive.web.security.AccessManager;
import org.ccmarchive.web.security.AdminToken;
import org.ccmarchive.web.security.ClientLimiter;
import org.ccmarchive.web.security.JettyErrorPage;
import org.ccmarchive.web.security.RequestLimits;
import org.ccmarchive.web.security.SecurityHeaders;
import org.ccmarchive.web.security.StaffSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web application: routes, error handling and shared configuration. Controllers stay thin. */
public final class WebApp {

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /**
   * Request attribute set once an error has been answered, so the 404 page does not overwrite it.
   */
  private static final String ANSWERED = "ccm.error-answered";

  /** The admin page's sign-in form posts here. */
  private static final String SIGN_IN = "/admin/sign-in";

  private final ArchiveIndex search;
  private final Path corpus;
  private final Templates templates;
  private final MemoryService memory;
  private final SavedSearchStore saved;
  private final AccessManager access;
  private final AdminController admin;
  private final PublicBase publicBase;
  private final RequestsInFlight inFlight = new RequestsInFlight();

  /**
   * With {@code admin} non-null, the staff routes ({@code /admin…}) are served too, open to
   * requests carrying {@code adminToken}. Feeds and exports link to {@code publicBase}.
   */
  public WebApp(
      ArchiveIndex search,
      Path corpus,
      Templates templates,
      MemoryService memory,
      SavedSearchStore saved,
      AdminToken adminToken,
      AdminController admin,
      PublicBase publicBase) {
    this.publicBase = publicBase;
    this.search = search;
    this.corpus = corpus;
    this.templates = templates;
    this.memory = memory;
    this.saved = saved;
    this.admin = admin;
    long maxAdminBody =
        admin == null ? RequestLimits.MAX_PUBLIC_BODY_BYTES : admin.maxRequestBytes();
    // The admin controller owns the staff sessions; without it nobody can sign in.
    StaffSessions sessions =
        admin == null ? new StaffSessions(java.time.Clock.systemUTC()) : admin.sessions();
    this.access =
        new AccessManager(
            adminToken,
            maxAdminBody,
            ClientLimiter.writes(),
            sessions,
            ClientLimiter.failedSignIns());
  }

  /** The requests being answered now (for background work that yields to visitors). */
  public RequestsInFlight requestsInFlight() {
    return inFlight;
  }

  public Javalin create() {
    var searchPages = new SearchController(search, templates);
    var recordPages = new RecordController(search, templates, corpus, publicBase);
    var api = new ApiController(search);
    var kb = new MemoryController(memory, templates);
    var kbApi = new MemoryApi(memory);
    var savedSearches = new SavedSearchController(saved, memory, templates, access, publicBase);
    var export = new ExportController(search, jsonMapper(), publicBase);
    var cite = new CitationController(search, jsonMapper(), publicBase);
    var assets = StaticAssets.load();
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.jsonMapper(new JavalinJackson(jsonMapper(), false));
          config.http.maxRequestSize = 1_000_000;
          config.jetty.modifyHttpConfiguration(RequestLimits::configure);
          config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrorPage()));
          // Every route names its Access role; the access manager refuses routes without one.
          config.routes.before(inFlight::started);
          config.routes.after(inFlight::finished);
          config.routes.before(SecurityHeaders::apply);
          config.routes.beforeMatched(access::check);
          config.routes.get("/", searchPages::search, Access.PUBLIC);
          StaticAssets.FILES
              .keySet()
              .forEach(f -> config.routes.get(f, assets::serve, Access.PUBLIC));
          config.routes.get("/doc/{id}", recordPages::show, Access.PUBLIC);
          config.routes.get("/help", searchPages::help, Access.PUBLIC);
          config.routes.get("/doc/{id}/original", recordPages::original, Access.PUBLIC);
          config.routes.get("/doc/{id}/cite.ris", cite::recordRis, Access.PUBLIC);
          config.routes.get("/doc/{id}/cite.json", cite::recordJson, Access.PUBLIC);
          config.routes.get("/doc/{id}/similar/{ordinal}", recordPages::similar, Access.PUBLIC);
          config.routes.get("/doc/{id}/versions/{ordinal}", recordPages::versions, Access.PUBLIC);
          config.routes.get("/api/openapi.json", new ApiDescription()::serve, Access.PUBLIC);
          config.routes.get("/api/search", api::search, Access.PUBLIC);
          config.routes.get("/api/documents/{id}", api::document, Access.PUBLIC);
          config.routes.get(
              "/api/documents/{id}/passages/{ordinal}/versions",
              api::passageVersions,
              Access.PUBLIC);
          config.routes.get("/api/facets/{dim}", api::facetValues, Access.PUBLIC);
          config.routes.get("/api/export.csv", export::csv, Access.PUBLIC);
          config.routes.get("/api/export.json", export::json, Access.PUBLIC);
          config.routes.get("/api/export.ris", cite::exportRis, Access.PUBLIC);
          config.routes.get("/api/export.csl.json", cite::exportCslJson, Access.PUBLIC);
          // Institutional memory (org.ccmarchive.memory): knowledge-base pages, API, saved
          // searches.
          config.routes.get("/decisions", kb::decisions, Access.PUBLIC);
          config.routes.get("/decisions/{record}/{ordinal}", kb::decision, Access.PUBLIC);
          config.routes.get("/delegations", kb::delegations, Access.PUBLIC);
          config.routes.get("/delegations/{name}", kb::delegation, Access.PUBLIC);
          config.routes.get("/articles", kb::articles, Access.PUBLIC);
          config.routes.get("/articles/{n}", kb::article, Access.PUBLIC);
          config.routes.get("/meetings", kb::meetings, Access.PUBLIC);
          config.routes.get("/meetings/{series}/{session}", kb::meeting, Access.PUBLIC);
          config.routes.get("/people", kb::people, Access.PUBLIC);
          config.routes.get("/people/{name}", kb::person, Access.PUBLIC);
          config.routes.get("/saved", savedSearches::list, Access.PUBLIC);
          config.routes.post("/saved", savedSearches::save, Access.PUBLIC_WRITE);
          config.routes.get("/saved/{id}/delete", savedSearches::confirmDelete, Access.PUBLIC);
          config.routes.post("/saved/{id}/delete", savedSearches::delete, Access.PUBLIC_WRITE);
          config.routes.get("/saved/{id}/feed.atom", savedSearches::feed, Access.PUBLIC);
          config.routes.get("/api/saved", savedSearches::apiList, Access.PUBLIC);
          config.routes.get("/api/decisions", kbApi::decisions, Access.PUBLIC);
          config.routes.get("/api/decisions/{record}/{ordinal}", kbApi::decision, Access.PUBLIC);
          config.routes.get("/api/delegations", kbApi::delegations, Access.PUBLIC);
          config.routes.get("/api/delegations/{name}", kbApi::delegation, Access.PUBLIC);
          config.routes.get("/api/articles/{n}", kbApi::article, Access.PUBLIC);
          config.routes.get("/api/meetings", kbApi::meetings, Access.PUBLIC);
          config.routes.get("/api/meetings/{series}/{session}", kbApi::meeting, Access.PUBLIC);
          config.routes.get("/api/people", kbApi::people, Access.PUBLIC);
          config.routes.get("/api/people/{name}", kbApi::person, Access.PUBLIC);
          if (admin != null) {
            adminRoutes(config);
          }
          config.routes.exception(InvalidQueryException.class, (e, ctx) -> badRequest(ctx, e));
          config.routes.exception(
              SearchBusyException.class,
              (e, ctx) -> {
                ctx.header("Retry-After", "2");
                respond(
                    ctx,
                    503,
                    Msg.of("error.busy"),
                    e.getMessage(),
                    m -> m.t(Msg.of("error.busy.message")));
              });
          config.routes.exception(Refusal.class, this::refused);
          config.routes.exception(
              HttpResponseException.class, (e, ctx) -> httpError(ctx, e.getStatus()));
          config.routes.exception(Exception.class, this::serverError);
          config.routes.error(
              404,
              ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                  notFound(ctx, Msg.of("error.no-page"));
                }
              });
        });
  }

  /** Staff routes; every {@link Access#ADMIN} route passes the admin guard first. */
  private void adminRoutes(JavalinConfig config) {
    long max = admin.maxUploadBytes();
    config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(admin.maxRequestBytes(), SizeUnit.BYTES);
    config.routes.get("/admin", admin::page, Access.PUBLIC);
    config.routes.post(SIGN_IN, admin::signIn, Access.ADMIN);
    config.routes.post("/admin/sign-out", admin::signOut, Access.ADMIN);
    config.routes.post("/admin/documents", admin::upload, Access.ADMIN);
    config.routes.post("/admin/reindex", admin::reindex, Access.ADMIN);
  }

  /**
   * A refused request: on the error page or in JSON, except that a person whose sign-in was refused
   * (wrong token, too many of them) gets the sign-in form again, saying why, with the same status.
   */
  private void refused(Refusal e, Context ctx) {
    var endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (admin != null && endpoint != null && SIGN_IN.equals(endpoint.path) && !wantsJson(ctx)) {
      ctx.attribute(ANSWERED, Boolean.TRUE);
      admin.signInRefused(
          ctx, e.status(), e.status() == 401 ? Msg.of("admin.sign-in.wrong") : e.msg());
      return;
    }
    respond(ctx, e.status(), e.title(), e.msg());
  }

  /** Jetty's own refusals (400, 414, 431 before any route) on the site's error page. */
  private JettyErrorPage jettyErrorPage() {
    return new JettyErrorPage(
        status -> {
          Messages m = Messages.english();
          String title = HttpStatus.forStatus(status).getMessage();
          return templates.render(
              "error/error.jte",
              m,
              new ErrorPage(
                  status,
                  m.t(Msg.of("error.refused", title)),
                  m.t(Msg.of("error.refused.message", title)),
                  ""));
        });
  }

  static ObjectMapper jsonMapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** Javalin's own refusals (no route, body too large…), answered without its internal wording. */
  private void httpError(Context ctx, int status) {
    if (status == 404) {
      notFound(ctx, Msg.of("error.no-page"));
      return;
    }
    String title = HttpStatus.forStatus(status).getMessage();
    respond(ctx, status, Msg.of("error.refused", title), Msg.of("error.refused.message", title));
  }

  /** The search engine's 400, in the reader's language on pages and in English in JSON. */
  private void badRequest(Context ctx, InvalidQueryException e) {
    respond(ctx, 400, Msg.of("error.query"), e.getMessage(), m -> e.message(m.locale()));
  }

  private void notFound(Context ctx, Msg message) {
    respond(ctx, 404, Msg.of("error.not-found"), message);
  }

  private void serverError(Exception e, Context ctx) {
    LOG.error("request {} failed", ctx.path(), e);
    respond(ctx, 500, Msg.of("error.server"), Msg.of("error.server.message"));
  }

  private void respond(Context ctx, int status, Msg title, Msg message) {
    respond(ctx, status, title, message.english(), m -> m.t(message));
  }

  /**
   * JSON for API paths, an HTML page otherwise; never a stack trace. The JSON error is {@code
   * english}; the page says {@code message} in the reader's language.
   */
  private void respond(
      Context ctx, int status, Msg title, String english, Function<Messages, String> message) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status);
    if (wantsJson(ctx)) {
      ctx.json(Map.of("status", status, "error", english));
    } else {
      String query = ctx.queryParam("q");
      Messages m = I18n.messages(ctx);
      ctx.html(
          templates.render(
              "error/error.jte",
              m,
              new ErrorPage(status, m.t(title), message.apply(m), query == null ? "" : query)));
    }
  }

  /**
   * API paths, and admin paths asked for by scripts (not asking for HTML), are answered in JSON.
   */
  private static boolean wantsJson(Context ctx) {
    boolean adminScript =
        ctx.path().startsWith("/admin/") && !String.valueOf(ctx.header("Accept")).contains("html");
    return ctx.path().startsWith("/api/") || adminScript;
  }
}
