package org.ccmarchive.memory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL path segments from names: {@code Lao People's Democratic Republic} → {@code
 * lao-people-s-democratic-republic}.
 */
public final class Slugs {

  private Slugs() {}

  public static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.replaceAll("^-+|-+$", "");
  }

  /** Compares names the way people type them: case, accents and punctuation ignored. */
  public static boolean same(String a, String b) {
    return of(a).equals(of(b));
  }
}
