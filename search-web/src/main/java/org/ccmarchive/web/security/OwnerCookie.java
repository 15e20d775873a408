package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Which browser saved a search: a random secret in an HttpOnly, SameSite=Strict cookie, issued on
 * the first save. The store keeps only the secret's SHA-256 (the "owner key"), so the saved-search
 * file, its backups and anyone reading them hold nothing that deletes a search.
 *
 * <p>Why a cookie rather than a delete secret shown once: visitors save searches without an account
 * and rarely keep a one-time secret, while the cookie lets the same browser delete what it saved
 * with no extra step; HttpOnly keeps it from scripts, SameSite=Strict and the path keep it off
 * every other site's requests and every other page of this one. The price, losing the right to
 * delete when the cookie is cleared, is small: staff can delete any search.
 */
public final class OwnerCookie {

  public static final String NAME = "ccm-owner";

  /** A year: a browser keeps its saved searches deletable as long as it keeps the cookie. */
  private static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

  private final Secrets secrets = new Secrets();

  /** The owner key of the asking browser, when it sent a well-formed secret. */
  public Optional<String> key(Context ctx) {
    String secret = ctx.cookie(NAME);
    return Secrets.wellFormed(secret) ? Optional.of(Secrets.digest(secret)) : Optional.empty();
  }

  /**
   * The owner key of the asking browser, issuing it a new secret first when it has none; {@code
   * secure}: the site is served over HTTPS (perhaps by a proxy), so the cookie never travels
   * without it.
   */
  public String keyOrIssue(Context ctx, boolean secure) {
    Optional<String> known = key(ctx);
    if (known.isPresent()) {
      return known.get();
    }
    String secret = secrets.next();
    Secrets.setCookie(ctx, NAME, secret, "/saved", MAX_AGE_SECONDS, secure);
    return Secrets.digest(secret);
  }
}
