package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

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

  /** 32 random bytes, base64url without padding. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final SecureRandom random = new SecureRandom();

  /** The owner key of the asking browser, when it sent a well-formed secret. */
  public Optional<String> key(Context ctx) {
    String secret = ctx.cookie(NAME);
    return secret != null && WELL_FORMED.matcher(secret).matches()
        ? Optional.of(digest(secret))
        : Optional.empty();
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
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.res()
        .addHeader(
            "Set-Cookie",
            NAME
                + "="
                + secret
                + "; Path=/saved; Max-Age="
                + MAX_AGE_SECONDS
                + "; HttpOnly; SameSite=Strict"
                + (secure || "https".equals(ctx.scheme()) ? "; Secure" : ""));
    return digest(secret);
  }

  private static String digest(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
