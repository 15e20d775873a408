package org.ccmarchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.Map;
import org.ccmarchive.search.InvalidQueryException;
import org.ccmarchive.search.SearchService;
import org.ccmarchive.web.api.ApiController;
import org.ccmarchive.web.api.ExportController;
import org.ccmarchive.web.records.RecordController;
import org.ccmarchive.web.search.SearchController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web application: routes, error handling and shared configuration. Controllers stay thin. */
public final class WebApp {

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /**
   * Request attribute set once an error has been answered, so the 404 page does not overwrite it.
   */
  private static final String ANSWERED = "ccm.error-answered";

  private final SearchService search;
  private final Path corpus;
  private final Templates templates;

  public WebApp(SearchService search, Path corpus, Templates templates) {
    this.search = search;
    this.corpus = corpus;
    this.templates = templates;
  }

  public Javalin create() {
    var searchPages = new SearchController(search, templates);
    var recordPages = new RecordController(search, templates, corpus);
    var api = new ApiController(search);
    var export = new ExportController(search, jsonMapper());
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.jsonMapper(new JavalinJackson(jsonMapper(), false));
          config.staticFiles.add("/public", Location.CLASSPATH);
          config.http.maxRequestSize = 1_000_000;
          config.routes.get("/", searchPages::search);
          config.routes.get("/doc/{id}", recordPages::show);
          config.routes.get("/help", searchPages::help);
          config.routes.get("/doc/{id}/original", recordPages::original);
          config.routes.get("/doc/{id}/similar/{ordinal}", recordPages::similar);
          config.routes.get("/doc/{id}/versions/{ordinal}", recordPages::versions);
          config.routes.get("/api/search", api::search);
          config.routes.get("/api/documents/{id}", api::document);
          config.routes.get(
              "/api/documents/{id}/passages/{ordinal}/versions", api::passageVersions);
          config.routes.get("/api/facets/{dim}", api::facetValues);
          config.routes.get("/api/export.csv", export::csv);
          config.routes.get("/api/export.json", export::json);
          config.routes.exception(
              InvalidQueryException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
          config.routes.exception(NotFound.class, (e, ctx) -> notFound(ctx, e.getMessage()));
          config.routes.exception(Exception.class, this::serverError);
          config.routes.error(
              404,
              ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                  notFound(ctx, "There is no page at this address.");
                }
              });
        });
  }

  static ObjectMapper jsonMapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  private void badRequest(Context ctx, String message) {
    respond(ctx, 400, "Query not understood", message);
  }

  private void notFound(Context ctx, String message) {
    respond(ctx, 404, "Not found", message);
  }

  private void serverError(Exception e, Context ctx) {
    LOG.error("request {} failed", ctx.path(), e);
    respond(
        ctx,
        500,
        "Something went wrong",
        "The server could not answer this request. It has been logged.");
  }

  /** JSON for API paths, an HTML page otherwise; never a stack trace. */
  private void respond(Context ctx, int status, String title, String message) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("status", status, "error", message));
    } else {
      String query = ctx.queryParam("q");
      ctx.html(
          templates.render(
              "error/error.jte",
              new ErrorPage(status, title, message, query == null ? "" : query)));
    }
  }

  /** Thrown by controllers for an unknown record; answered with 404. */
  public static final class NotFound extends RuntimeException {
    public NotFound(String message) {
      super(message);
    }
  }
}
