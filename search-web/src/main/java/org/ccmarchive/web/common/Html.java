package org.ccmarchive.web.common;

import gg.jte.Content;
import org.ccmarchive.search.SafeHtml;

/** Helpers for templates. */
public final class Html {

  private Html() {}

  /** Writes markup the search service built escaped-then-marked; the only unescaped output. */
  public static Content safe(SafeHtml html) {
    return output -> output.writeContent(html.html());
  }
}
