package org.ccmarchive.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The shared secret of the admin routes. Compared in constant time over SHA-256 digests, so neither
 * the content nor the length of the secret leaks through response timing.
 */
public final class AdminToken {

  /** Environment variable holding the token; admin routes are closed when it is unset. */
  public static final String ENV = "CCM_ADMIN_TOKEN";

  /** Shortest token accepted: anything shorter is guessable, and is treated as unset. */
  public static final int MIN_LENGTH = 16;

  private final Optional<byte[]> digest;

  private AdminToken(Optional<byte[]> digest) {
    this.digest = digest;
  }

  /** A token; blank or too short means admin routes stay closed. */
  public static AdminToken of(String secret) {
    if (secret == null || secret.strip().length() < MIN_LENGTH) {
      return new AdminToken(Optional.empty());
    }
    return new AdminToken(Optional.of(sha256(secret.strip())));
  }

  public static AdminToken fromEnvironment() {
    return of(System.getenv(ENV));
  }

  public static AdminToken none() {
    return new AdminToken(Optional.empty());
  }

  public boolean isConfigured() {
    return digest.isPresent();
  }

  /** True only when a token is configured and {@code candidate} equals it. */
  public boolean matches(String candidate) {
    if (digest.isEmpty() || candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(digest.get(), sha256(candidate.strip()));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
