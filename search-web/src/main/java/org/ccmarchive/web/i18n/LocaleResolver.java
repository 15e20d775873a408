package org.ccmarchive.web.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the interface language of a request, first match wins:
 *
 * <ol>
 *   <li>the switch: {@code ?lang=fr} (then remembered in the {@code lang} cookie);
 *   <li>the {@code lang} cookie, set by an earlier switch;
 *   <li>{@code Accept-Language}: the best of en, fr and es by the browser's weights (RFC 4647
 *       lookup, so {@code fr-CA} gives fr);
 *   <li>English.
 * </ol>
 *
 * A value that names no offered language (or is malformed) is skipped, never an error.
 */
public final class LocaleResolver {

  /** Longest {@code Accept-Language} parsed; browsers send a few dozen characters. */
  static final int MAX_ACCEPT_LANGUAGE = 512;

  private static final List<String> OFFERED = Arrays.stream(Lang.values()).map(Lang::tag).toList();

  private LocaleResolver() {}

  /** The choice and whether it came from the switch (and so should be remembered). */
  public record Choice(Lang lang, boolean switched) {}

  public static Choice resolve(String param, String cookie, String acceptLanguage) {
    Optional<Lang> asked = exact(param);
    if (asked.isPresent()) {
      return new Choice(asked.get(), true);
    }
    return new Choice(
        exact(cookie).or(() -> fromAcceptLanguage(acceptLanguage)).orElse(Lang.EN), false);
  }

  /** The parameter and the cookie must name a language exactly ({@code fr}, not {@code fr-x}). */
  static Optional<Lang> exact(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return OFFERED.contains(v) ? Lang.of(v) : Optional.empty();
  }

  /** The best offered language by the header's weights; empty if none is acceptable. */
  static Optional<Lang> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) {
      return Optional.empty();
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      return Optional.ofNullable(Locale.lookupTag(ranges, OFFERED)).flatMap(Lang::of);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
