package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.ccmarchive.web.common.Refusal;
import org.eclipse.jetty.http.HttpException;

/**
 * Reads a request's form (URL-encoded or multipart) without letting a malformed one become a 500: a
 * bad multipart (a NUL in a file name, a body cut short, no boundary) is a 400, a part over the
 * server's limits a 413, each with a readable message.
 */
public final class FormBodies {

  private FormBodies() {}

  /**
   * The result of {@code reading} (which parses {@code ctx}'s form), or the refusal it deserves;
   * what is left of a refused body is read and dropped first, so the client hears the refusal.
   */
  public static <T> T read(Context ctx, Supplier<T> reading) {
    try {
      return reading.get();
    } catch (Refusal e) {
      throw e;
    } catch (Exception e) { // Javalin rethrows the servlet API's checked exceptions unchecked
      RequestLimits.drain(ctx);
      if (status(e) == 413) {
        throw new Refusal(413, "error.too-large", "error.multipart.too-large");
      }
      throw new Refusal(400, "error.not-accepted", "error.multipart");
    }
  }

  /** Jetty's own verdict when it gave one (its multipart parser says 400 or 413), else 400. */
  private static int status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException h && (h.getCode() == 413 || h.getCode() == 400)) {
        return h.getCode();
      }
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("max")
          && (m.contains("size") || m.contains("length") || m.contains("exceed"))) {
        return 413;
      }
    }
    return 400;
  }
}
