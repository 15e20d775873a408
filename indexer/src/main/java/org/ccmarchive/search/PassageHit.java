package org.ccmarchive.search;

import java.util.Optional;

/**
 * One passage as shown to users.
 *
 * @param id {@code recordId#p{ordinal}}, unique in the archive
 * @param ordinal position in the record, the {@code #p{n}} anchor
 * @param paragraph the printed paragraph number, if any
 * @param page 1-based page, if the format has pages
 * @param section heading path, "" at the top of a record
 * @param kind heading, paragraph, list_item or table_cell
 * @param text the passage text
 * @param snippet the text or an excerpt of it, escaped, with query terms marked
 * @param language the language the passage is written in (ISO 639-1, or {@code other})
 */
public record PassageHit(
    String id,
    int ordinal,
    Optional<String> paragraph,
    Optional<Integer> page,
    String section,
    String kind,
    String text,
    SafeHtml snippet,
    String language) {

  public String anchor() {
    return "p" + ordinal;
  }
}
