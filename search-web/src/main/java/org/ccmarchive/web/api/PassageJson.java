package org.ccmarchive.web.api;

import org.ccmarchive.search.PassageHit;

/** A passage in the API; field names are part of the documented contract. */
public record PassageJson(
    String id,
    int ordinal,
    String paragraph,
    Integer page,
    String section,
    String kind,
    String text,
    String snippetHtml,
    java.util.List<String> speakers,
    java.util.List<String> articles,
    boolean decision,
    String language) {

  static PassageJson of(PassageHit p) {
    return new PassageJson(
        p.id(),
        p.ordinal(),
        p.paragraph().orElse(null),
        p.page().orElse(null),
        p.section(),
        p.kind(),
        p.text(),
        p.snippet().html(),
        p.speakers(),
        p.articles(),
        p.decision(),
        p.language());
  }
}
