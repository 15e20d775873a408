package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.ccmarchive.web.common.Refusal;
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

  /**
   * Oversized bodies up to this much are read and thrown away before the 413 goes out. A client (a
   * browser above all) that is still sending when the server answers and closes sees a broken
   * connection instead of the readable refusal; bigger bodies are cut off without that courtesy.
   */
  public static final long MAX_DRAINED_BYTES = 4L * 1024 * 1024;

  /** Refuses a declared body above {@code max} bytes with 413. */
  public static void checkBody(Context ctx, long max) {
    long declared = ctx.contentLength();
    if (declared > max || (declared < 0 && isChunked(ctx) && max <= MAX_PUBLIC_BODY_BYTES)) {
      drain(ctx);
      throw new Refusal(413, "error.too-large", "error.too-large.message");
    }
  }

  /**
   * Reads and discards an unwanted body of up to {@link #MAX_DRAINED_BYTES}, so that the refusal
   * that follows reaches a client still sending it.
   */
  public static void drain(Context ctx) {
    String expect = ctx.header("Expect");
    if (ctx.contentLength() > MAX_DRAINED_BYTES
        || (expect != null && expect.equalsIgnoreCase("100-continue"))) {
      return; // too big to be polite about, or the client waits for our answer before sending
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[16 * 1024];
      long left = MAX_DRAINED_BYTES;
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException | RuntimeException e) {
      // the client gave up, or the body was already consumed (a form parser that gave up on it);
      // the refusal below is all there is left to say
    }
  }

  private static boolean isChunked(Context ctx) {
    String te = ctx.header("Transfer-Encoding");
    return te != null && te.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }
}
