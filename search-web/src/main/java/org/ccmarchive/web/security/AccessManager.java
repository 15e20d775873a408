package org.ccmarchive.web.security;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.ccmarchive.web.common.Refusal;

/**
 * Runs before every matched route ({@code beforeMatched}): refuses routes without a declared {@link
 * Access}, admin routes without the right token, and state-changing requests sent by another site
 * (Fetch Metadata, then Origin).
 *
 * <p>Admin clients send the token as {@code Authorization: Bearer <token>} or in {@link
 * #TOKEN_HEADER}; staff signed in on the admin page send their session cookie ({@link
 * StaffSessions}); the sign-in form sends the token in the field {@link #TOKEN_FIELD}, which is
 * looked for only in bodies up to {@link #MAX_TOKEN_FORM_BYTES}. Header and cookie come before the
 * body, so requests carrying either may send up to the upload limit. A missing or wrong credential
 * gets 401; when no token is configured the admin routes answer 404, as if absent. Wrong tokens are
 * counted per client address ({@link ClientLimiter#failedSignIns()}): past the allowance every
 * token from that address, right or wrong, gets 429 with {@code Retry-After} until it has waited.
 */
public final class AccessManager {

  private static final Set<HandlerType> SAFE_METHODS =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  /** Header carrying the admin token for scripts (as an alternative to a bearer token). */
  public static final String TOKEN_HEADER = "X-CCM-Admin-Token";

  /** Form field carrying the admin token from the admin page's forms. */
  public static final String TOKEN_FIELD = "token";

  /**
   * Largest body read to find the token in its form field. Above it, or when no length is declared,
   * a request without a credential header is refused (401) before its body is read: an anonymous
   * client cannot make the server store a large upload only to refuse it. As much as the server
   * reads from anyone before a 413 ({@link RequestLimits#MAX_DRAINED_BYTES}).
   */
  public static final long MAX_TOKEN_FORM_BYTES = RequestLimits.MAX_DRAINED_BYTES;

  private final AdminToken token;
  private final long maxAdminBody;
  private final ClientLimiter writes;
  private final StaffSessions sessions;
  private final ClientLimiter wrongTokens;

  public AccessManager(AdminToken token) {
    this(
        token,
        RequestLimits.MAX_PUBLIC_BODY_BYTES,
        ClientLimiter.writes(),
        new StaffSessions(java.time.Clock.systemUTC()),
        ClientLimiter.failedSignIns());
  }

  /**
   * {@code maxAdminBody}: the largest request an admin route accepts (an upload); {@code writes}:
   * how often one client may use the {@link Access#PUBLIC_WRITE} routes; {@code sessions}: staff
   * signed in on the admin page; {@code wrongTokens}: how many wrong admin tokens one client may
   * send.
   */
  public AccessManager(
      AdminToken token,
      long maxAdminBody,
      ClientLimiter writes,
      StaffSessions sessions,
      ClientLimiter wrongTokens) {
    this.token = token;
    this.maxAdminBody = maxAdminBody;
    this.writes = writes;
    this.sessions = sessions;
    this.wrongTokens = wrongTokens;
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
    String fromHeader = headerToken(ctx);
    if (fromHeader == null && isSignedIn(ctx)) {
      // Only a browser holds the cookie, and a browser names the origin of every write it sends:
      // a cookie-signed write that names none is not one of the admin page's forms.
      if (isUnsafe(ctx.method())
          && ctx.header("Sec-Fetch-Site") == null
          && ctx.header("Origin") == null) {
        throw new Refusal(403, "error.cross-site", "error.cross-site.message");
      }
      RequestLimits.checkBody(ctx, maxAdminBody);
      return;
    }
    if (fromHeader == null) {
      // Only the admin page's form sends the token in its body: such a body is read (to at most
      // MAX_TOKEN_FORM_BYTES) for it; any other body without a credential is refused unread.
      long declared = ctx.contentLength();
      if (declared > MAX_TOKEN_FORM_BYTES || (declared < 0 && hasBody(ctx))) {
        throw unauthorized(ctx);
      }
      RequestLimits.checkBody(ctx, Math.min(maxAdminBody, MAX_TOKEN_FORM_BYTES));
      requireToken(ctx, formToken(ctx));
      return;
    }
    requireToken(ctx, fromHeader);
    RequestLimits.checkBody(ctx, maxAdminBody);
  }

  /**
   * Refuses a wrong or missing token (401), and any token from a client that has sent too many
   * wrong ones lately (429): only a token that was sent and is wrong counts.
   */
  private void requireToken(Context ctx, String presented) {
    wrongTokens.refuseIfSpent(ctx, "error.token.too-many");
    if (!token.matches(presented)) {
      if (presented != null && !presented.isEmpty()) {
        wrongTokens.count(ctx);
      }
      throw unauthorized(ctx);
    }
  }

  private static Refusal unauthorized(Context ctx) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"ccm-admin\"");
    return new Refusal(401, "error.token", "error.token.message", TOKEN_HEADER);
  }

  /**
   * Whether the request carries the admin token or a staff session (staff may delete any saved
   * search). Only for routes whose body size was checked: the token may come in a form field.
   */
  public boolean isStaff(Context ctx) {
    return isSignedIn(ctx) || (token.isConfigured() && token.matches(presentedToken(ctx)));
  }

  /** Whether the request comes from staff signed in on the admin page (reads no body). */
  public boolean isSignedIn(Context ctx) {
    return token.isConfigured() && sessions.isSignedIn(ctx);
  }

  /** A bearer token, the token header, or (forms; the size was checked first) the form field. */
  private static String presentedToken(Context ctx) {
    String presented = headerToken(ctx);
    return presented != null ? presented : formToken(ctx);
  }

  /** The token from {@code Authorization: Bearer} or {@link #TOKEN_HEADER}, if either came. */
  private static String headerToken(Context ctx) {
    String presented = bearer(ctx.header("Authorization"));
    return presented != null ? presented : ctx.header(TOKEN_HEADER);
  }

  /** The form field; reads the body, so only once its size is known to be small. */
  private static String formToken(Context ctx) {
    return isUnsafe(ctx.method()) ? FormBodies.read(ctx, () -> ctx.formParam(TOKEN_FIELD)) : null;
  }

  /** Whether a body of unknown length follows (chunked). */
  private static boolean hasBody(Context ctx) {
    String te = ctx.header("Transfer-Encoding");
    return te != null && !te.isBlank();
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
