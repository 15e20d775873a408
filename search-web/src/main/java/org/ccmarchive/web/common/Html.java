package org.ccmarchive.web.common;

import gg.jte.Content;
import org.ccmarchive.search.SafeHtml;

/** Helpers for templates. */
public final class Html {

  private Html() {}

  /** Scripts written right to left, by ISO 639-1 code (of the UN languages, Arabic). */
  private static final java.util.Set<String> RIGHT_TO_LEFT =
      java.util.Set.of("ar", "fa", "he", "ur");

  /**
   * The {@code dir} of text in {@code language}: {@code rtl} for a right-to-left language, {@code
   * auto} (the browser looks at the text) when the language is unknown, else {@code ltr}.
   */
  public static String dir(String language) {
    if (language == null || language.isBlank()) {
      return "auto";
    }
    return RIGHT_TO_LEFT.contains(language.strip().toLowerCase(java.util.Locale.ROOT))
        ? "rtl"
        : "ltr";
  }

  /** Writes markup the search service built escaped-then-marked; the only unescaped output. */
  public static Content safe(SafeHtml html) {
    return output -> output.writeContent(html.html());
  }
}
