package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Staff signed in on the admin page: the admin token, checked once at sign-in, is exchanged for a
 * random secret in a short-lived cookie ({@link #NAME}: HttpOnly, SameSite=Strict, Secure over
 * HTTPS). Only the secret's SHA-256 and its expiry are kept, in memory: a restart signs everyone
 * out, and nothing stored anywhere lets a reader sign in.
 *
 * <p>Why a session cookie rather than a script that puts the token in an {@code Authorization}
 * header: the credential then comes in a header of every request of the page, so the access manager
 * can check it before reading an upload of any size; the page works without JavaScript; the token
 * is typed once instead of living in the page (where a script could read it); and a signed-in
 * browser can also be recognised on the saved-search pages, where staff delete searches. Cross-site
 * use of the cookie is refused twice: browsers do not send a SameSite=Strict cookie with another
 * site's requests, and the access manager refuses cross-site writes (Fetch Metadata, Origin) and
 * cookie-signed writes that name no origin at all.
 */
public final class StaffSessions {

  public static final String NAME = "ccm-staff";

  /** Long enough to add a meeting's records, short enough that a forgotten browser expires. */
  public static final Duration LIFETIME = Duration.ofHours(2);

  /** At most this many live sessions; signing in beyond it ends the oldest. */
  static final int MAX_SESSIONS = 64;

  private final Clock clock;
  private final Secrets secrets = new Secrets();

  /** Secret digest to expiry, oldest first. */
  private final Map<String, Instant> expiries = new LinkedHashMap<>();

  public StaffSessions(Clock clock) {
    this.clock = clock;
  }

  /**
   * Starts a session for {@code ctx} (whose token the caller has checked), ending the one it had;
   * {@code secure}: the site is served over HTTPS, perhaps behind a proxy.
   */
  public synchronized void signIn(Context ctx, boolean secure) {
    forget(ctx);
    Instant now = clock.instant();
    expiries.values().removeIf(expiry -> !expiry.isAfter(now));
    while (expiries.size() >= MAX_SESSIONS) {
      expiries.remove(expiries.keySet().iterator().next());
    }
    String secret = secrets.next();
    expiries.put(Secrets.digest(secret), now.plus(LIFETIME));
    Secrets.setCookie(ctx, NAME, secret, "/", LIFETIME.toSeconds(), secure);
  }

  /** Ends the session of {@code ctx}, if any, and tells the browser to drop its cookie. */
  public synchronized void signOut(Context ctx, boolean secure) {
    forget(ctx);
    Secrets.setCookie(ctx, NAME, "", "/", 0, secure);
  }

  /** Whether {@code ctx} carries the cookie of a session that has not expired or ended. */
  public synchronized boolean isSignedIn(Context ctx) {
    return digest(ctx)
        .map(expiries::get)
        .map(expiry -> expiry.isAfter(clock.instant()))
        .orElse(false);
  }

  private void forget(Context ctx) {
    digest(ctx).ifPresent(expiries::remove);
  }

  private static Optional<String> digest(Context ctx) {
    String secret = ctx.cookie(NAME);
    return Secrets.wellFormed(secret) ? Optional.of(Secrets.digest(secret)) : Optional.empty();
  }
}
