package org.ccmarchive.search;

/**
 * HTML that is safe to write into a page unescaped: document text escaped first, then marked. Only
 * this package can make one from markup; everything else goes through {@link #escape}.
 */
public record SafeHtml(String html) {

  /** Wraps markup this package built from escaped text. */
  static SafeHtml trusted(String html) {
    return new SafeHtml(html);
  }

  /** Escapes plain text for HTML element and attribute content. */
  public static SafeHtml escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return new SafeHtml(sb.toString());
  }

  @Override
  public String toString() {
    return html;
  }
}
