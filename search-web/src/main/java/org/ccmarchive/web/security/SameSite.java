package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import org.ccmarchive.web.common.Refusal;

/**
 * Refuses state-changing requests another site made a browser send (CSRF). Browsers send {@code
 * Sec-Fetch-Site}; older ones send {@code Origin}; non-browser clients (curl, scripts with the
 * admin token) send neither and are let through, because only a browser carries ambient credentials
 * worth forging.
 */
final class SameSite {

  private SameSite() {}

  static void require(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      String s = site.strip().toLowerCase(Locale.ROOT);
      if (!s.equals("same-origin") && !s.equals("none")) {
        throw crossSite();
      }
      return;
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameHost(origin, ctx.header("Host"))) {
      throw crossSite();
    }
  }

  private static boolean sameHost(String origin, String host) {
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      URI uri = URI.create(origin.strip());
      String authority = uri.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Refusal crossSite() {
    return new Refusal(403, "error.cross-site", "error.cross-site.message");
  }
}
