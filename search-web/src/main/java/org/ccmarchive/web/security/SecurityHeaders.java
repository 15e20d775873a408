package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Response headers every answer carries: pages load only this site's own resources and run no
 * inline script, cannot be framed, leak no referrer, and are never content-sniffed.
 */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Header name to value. */
  public static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Cross-Origin-Opener-Policy", "same-origin",
          "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
  }
}
