package org.ccmarchive.web.api;

import java.util.List;
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
    List<String> speakers,
    List<String> persons,
    List<String> articles,
    List<String> topics,
    List<String> countries,
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
        p.facts().speakers(),
        p.facts().persons(),
        p.facts().articles(),
        p.facts().topics(),
        p.facts().countries(),
        p.facts().decision(),
        p.language());
  }
}
