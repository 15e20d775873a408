package org.ccmarchive.web.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The languages of the interface; English is the reference and the fallback. */
public enum Lang {
  EN("en", Locale.ENGLISH, "English", "d MMMM uuuu"),
  FR("fr", Locale.FRENCH, "Français", "d MMMM uuuu"),
  ES("es", Locale.forLanguageTag("es"), "Español", "d 'de' MMMM 'de' uuuu");

  private final String tag;
  private final Locale locale;
  private final String nativeName;
  private final DateTimeFormatter longDate;

  Lang(String tag, Locale locale, String nativeName, String longDatePattern) {
    this.tag = tag;
    this.locale = locale;
    this.nativeName = nativeName;
    this.longDate = DateTimeFormatter.ofPattern(longDatePattern, locale);
  }

  /** The language tag: {@code en}, {@code fr}, {@code es} (also the {@code lang} parameter). */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /** The language's name in itself, for the language switch. */
  public String nativeName() {
    return nativeName;
  }

  /**
   * A date as written in running text: {@code 30 January 2024}, {@code 30 janvier 2024} (and {@code
   * 1er janvier 2024}), {@code 30 de enero de 2024}.
   */
  public String longDate(LocalDate date) {
    if (this == FR && date.getDayOfMonth() == 1) {
      return "1er " + DateTimeFormatter.ofPattern("MMMM uuuu", locale).format(date);
    }
    return longDate.format(date);
  }

  /**
   * The language of a tag such as {@code fr}, {@code FR} or {@code fr-CA}; empty if not offered.
   */
  public static Optional<Lang> of(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int dash = t.indexOf('-');
    String primary = dash < 0 ? t : t.substring(0, dash);
    for (Lang l : values()) {
      if (l.tag.equals(primary)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
