package org.ccmarchive.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the JSON API, for the people who
 * script against it. It is written as data ({@code openapi.json} beside this class) because Javalin
 * 7 has no published OpenAPI plugin; {@code OpenApiIT} checks that it describes every {@code /api/}
 * route and that real answers validate against its schemas.
 */
public final class ApiDescription {

  static final String RESOURCE = "openapi.json";

  private final byte[] document;

  public ApiDescription() {
    try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the API description " + RESOURCE + " is not packaged");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void serve(Context ctx) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.result(document);
  }
}
