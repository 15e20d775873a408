package org.ccmarchive.web.security;

import io.javalin.http.Context;
import org.eclipse.jetty.server.HttpConfiguration;

/**
 * Size limits on what a client may send. Jetty answers oversized request lines with 414 and
 * oversized headers with 431 before any handler runs; bodies are checked here from their declared
 * length (413), and Javalin's {@code maxRequestSize} guards bodies read without one.
 */
public final class RequestLimits {

  /** Request line plus headers; Jetty's default, stated so it cannot drift. */
  public static final int MAX_HEADER_BYTES = 8 * 1024;

  /** Bodies of public routes: they are all reads, so a form's worth is plenty. */
  public static final long MAX_PUBLIC_BODY_BYTES = 64 * 1024;

  private RequestLimits() {}

  /** Applies the header limit and turns off the {@code Server} header (no version to probe). */
  public static void configure(HttpConfiguration http) {
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
  }

  /** Refuses a declared body above {@code max} bytes with 413. */
  public static void checkBody(Context ctx, long max) {
    long declared = ctx.contentLength();
    if (declared > max || (declared < 0 && isChunked(ctx) && max <= MAX_PUBLIC_BODY_BYTES)) {
      throw new Refusal(413, "error.too-large", "error.too-large.message");
    }
  }

  private static boolean isChunked(Context ctx) {
    String te = ctx.header("Transfer-Encoding");
    return te != null && te.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }
}
