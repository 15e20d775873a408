package org.ccmarchive.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The admin token from {@code CCM_ADMIN_TOKEN}, compared in constant time. */
public final class AdminToken {

  private final byte[] digest;

  public AdminToken(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("an admin token must not be blank");
    }
    this.digest = sha256(token);
  }

  /** Digests first, so neither the content nor the length of the token leaks through timing. */
  public boolean matches(String candidate) {
    return candidate != null && MessageDigest.isEqual(digest, sha256(candidate));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
