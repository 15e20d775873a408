package org.ccmarchive.search;

import java.util.List;
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
 * @param speakers delegations or organisations speaking in it, as enriched
 * @param articles Convention articles it refers to ({@code Article 4})
 * @param decision whether it records a decision or agreement
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
    List<String> speakers,
    List<String> articles,
    boolean decision,
    String language) {

  public PassageHit {
    speakers = List.copyOf(speakers);
    articles = List.copyOf(articles);
  }

  public PassageHit(
      String id,
      int ordinal,
      Optional<String> paragraph,
      Optional<Integer> page,
      String section,
      String kind,
      String text,
      SafeHtml snippet) {
    this(
        id, ordinal, paragraph, page, section, kind, text, snippet, List.of(), List.of(), false,
        null);
  }

  /** The record id part of {@link #id}. */
  public String recordId() {
    return id.substring(0, id.lastIndexOf("#p"));
  }

  public String anchor() {
    return "p" + ordinal;
  }
}
