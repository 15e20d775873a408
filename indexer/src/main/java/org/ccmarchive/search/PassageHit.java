package org.ccmarchive.search;

import java.util.List;
import java.util.Optional;
import org.ccmarchive.enrich.PassageFacts;

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
 * @param facts who speaks, which articles, topics, mentioned States, decision flag
 * @param language the language the passage is written in (ISO 639-1, or {@code other}), or null
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
    PassageFacts facts,
    String language) {

  public PassageHit {
    facts = facts == null ? PassageFacts.NONE : facts;
  }

  public List<String> speakers() {
    return facts.speakers();
  }

  public List<String> articles() {
    return facts.articles();
  }

  public boolean decision() {
    return facts.decision();
  }

  /** The record id part of {@link #id}. */
  public String recordId() {
    return id.substring(0, id.lastIndexOf("#p"));
  }

  public String anchor() {
    return "p" + ordinal;
  }
}
