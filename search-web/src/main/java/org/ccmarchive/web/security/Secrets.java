package org.ccmarchive.web.security;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The random secrets this site hands browsers in cookies ({@link OwnerCookie}, {@link
 * StaffSessions}): how they are made, recognised, stored (only their SHA-256) and sent.
 */
final class Secrets {

  /** 32 random bytes, base64url without padding. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final SecureRandom random = new SecureRandom();

  String next() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static boolean wellFormed(String secret) {
    return secret != null && WELL_FORMED.matcher(secret).matches();
  }

  /** What the server keeps of a secret: its SHA-256, in hex. */
  static String digest(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Sends {@code name=value} as an HttpOnly, SameSite=Strict cookie for {@code path}, lasting
   * {@code maxAgeSeconds} (0 removes it); Secure when the site is served over HTTPS ({@code
   * secure}, perhaps behind a proxy) or the request came over it.
   */
  static void setCookie(
      Context ctx, String name, String value, String path, long maxAgeSeconds, boolean secure) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            name
                + "="
                + value
                + "; Path="
                + path
                + "; Max-Age="
                + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict"
                + (secure || "https".equals(ctx.scheme()) ? "; Secure" : ""));
  }
}
