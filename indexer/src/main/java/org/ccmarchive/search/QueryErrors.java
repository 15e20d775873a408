package org.ccmarchive.search;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the search engine's refusals ({@code QueryErrors*.properties} next to this class),
 * in English, French and Spanish, so that a French page explains a bad query in French while the
 * JSON API keeps the English text.
 */
final class QueryErrors {

  private static final String BUNDLE = "org.ccmarchive.search.QueryErrors";

  private QueryErrors() {}

  /**
   * The message {@code code} in {@code locale} (English when there is no bundle for it), its
   * arguments filled in. Numbers are put in as written in the code ("1024", not "1,024"), so that
   * limits read the same in every language.
   */
  static String format(String code, List<Object> args, Locale locale) {
    String pattern = bundle(locale).getString(code);
    Object[] values = args.stream().map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
    return new MessageFormat(pattern, locale).format(values);
  }

  private static ResourceBundle bundle(Locale locale) {
    Locale language = Locale.of(locale.getLanguage());
    // No fallback to the machine's default locale: an unknown language reads the English base.
    return ResourceBundle.getBundle(
        BUNDLE,
        language.equals(Locale.ENGLISH) ? Locale.ROOT : language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
