package org.ccmarchive.web.security;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Runs before every matched route ({@code beforeMatched}): refuses routes without a declared {@link
 * Access}, admin routes without the right token, and state-changing requests sent by another site
 * (Fetch Metadata, then Origin).
 *
 * <p>Admin clients send the token as {@code Authorization: Bearer <token>}. A missing or wrong
 * token gets 401; when no token is configured the admin routes answer 404, as if absent.
 */
public final class AccessManager {

  private static final Set<HandlerType> SAFE_METHODS =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  /** Header carrying the admin token for scripts (as an alternative to a bearer token). */
  public static final String TOKEN_HEADER = "X-CCM-Admin-Token";

  /** Form field carrying the admin token from the admin page's forms. */
  public static final String TOKEN_FIELD = "token";

  private final AdminToken token;
  private final long maxAdminBody;
  private final WriteLimiter writes;

  public AccessManager(AdminToken token) {
    this(token, RequestLimits.MAX_PUBLIC_BODY_BYTES, WriteLimiter.defaults());
  }

  /**
   * {@code maxAdminBody}: the largest request an admin route accepts (an upload); {@code writes}:
   * how often one client may use the {@link Access#PUBLIC_WRITE} routes.
   */
  public AccessManager(AdminToken token, long maxAdminBody, WriteLimiter writes) {
    this.token = token;
    this.maxAdminBody = maxAdminBody;
    this.writes = writes;
  }

  public void check(Context ctx) {
    if (ctx.endpoints().matchedHttpEndpoint() == null) {
      // No route: a static resource (style sheet) or a 404 page, both read-only.
      if (isUnsafe(ctx.method())) {
        throw new Refusal(405, "error.method", "error.method.message");
      }
      return;
    }
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.isEmpty()) {
      throw new Refusal(403, "error.forbidden", "error.forbidden.message");
    }
    if (isUnsafe(ctx.method())) {
      SameSite.require(ctx);
    }
    if (roles.contains(Access.PUBLIC) || roles.contains(Access.PUBLIC_WRITE)) {
      RequestLimits.checkBody(ctx, RequestLimits.MAX_PUBLIC_BODY_BYTES);
      if (roles.contains(Access.PUBLIC_WRITE)) {
        writes.check(ctx);
      }
      return;
    }
    if (roles.contains(Access.ADMIN)) {
      requireAdmin(ctx);
      return;
    }
    throw new Refusal(403, "error.forbidden", "error.forbidden.message");
  }

  private void requireAdmin(Context ctx) {
    if (!token.isConfigured()) {
      throw new Refusal(404, "error.not-found", "error.no-page");
    }
    RequestLimits.checkBody(ctx, maxAdminBody);
    if (!token.matches(presentedToken(ctx))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"ccm-admin\"");
      throw new Refusal(401, "error.token", "error.token.message", TOKEN_HEADER);
    }
  }

  /**
   * Whether the request carries the admin token (staff may delete any saved search). Only for
   * routes whose body size was checked: the token may come in a form field.
   */
  public boolean isStaff(Context ctx) {
    return token.isConfigured() && token.matches(presentedToken(ctx));
  }

  /** A bearer token, the token header, or (forms; the size was checked first) the form field. */
  private static String presentedToken(Context ctx) {
    String presented = bearer(ctx.header("Authorization"));
    if (presented == null) {
      presented = ctx.header(TOKEN_HEADER);
    }
    if (presented == null && isUnsafe(ctx.method())) {
      presented = ctx.formParam(TOKEN_FIELD);
    }
    return presented;
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7);
  }

  /** Methods that change state; a public read-only site has none, admin routes may. */
  public static boolean isUnsafe(HandlerType method) {
    return !SAFE_METHODS.contains(method);
  }
}
