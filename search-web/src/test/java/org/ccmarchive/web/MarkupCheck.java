package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Parses a page as a browser would and fails on anything a payload could have created. */
final class MarkupCheck {

  /** The site's one script: a same-origin file, no inline code (the CSP forbids inline code). */
  static final String OWN_SCRIPT = "/app.js";

  /**
   * Elements the site never writes itself (besides its own script); any one came from a payload.
   */
  private static final Set<String> FOREIGN =
      Set.of(
          "script",
          "img",
          "svg",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "base",
          "frame",
          "math",
          "textarea",
          "style");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster");

  private MarkupCheck() {}

  static Document assertInert(String html, String where) {
    Document doc = Jsoup.parse(html);
    for (Element e : doc.getAllElements()) {
      String name = e.normalName();
      if (isOwnScript(e)) {
        continue;
      }
      assertThat(FOREIGN).as(where + ": element <" + name + ">").doesNotContain(name);
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key)
            .as(where + ": attribute " + key + " on <" + name + ">")
            .doesNotStartWith("on");
        if (URL_ATTRIBUTES.contains(key)) {
          String url = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
          assertThat(url)
              .as(where + ": " + key + " on <" + name + ">")
              .doesNotStartWith("javascript:")
              .doesNotStartWith("vbscript:")
              .doesNotStartWith("data:");
        }
      }
    }
    return doc;
  }

  private static boolean isOwnScript(Element e) {
    return e.normalName().equals("script")
        && e.attr("src").equals(OWN_SCRIPT)
        && e.data().isBlank()
        && e.attributes().size() <= 2;
  }
}
