package org.ccmarchive.web.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to errors Jetty raises before any route runs (a malformed request 400, a request line
 * too long 414, headers too large 431): the site's own error page, with the security headers every
 * other answer carries, instead of Jetty's page that names the server.
 */
public final class JettyErrorPage extends ErrorHandler {

  private final IntFunction<String> page;

  /** {@code page}: the error page's HTML for a status code (in English: no language is known). */
  public JettyErrorPage(IntFunction<String> page) {
    this.page = page;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback done)
      throws IOException {
    SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(page.apply(code).getBytes(StandardCharsets.UTF_8)), done);
  }
}
