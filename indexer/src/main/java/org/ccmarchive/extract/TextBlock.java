package org.ccmarchive.extract;

/**
 * One block of text as the parser laid it out: a paragraph, heading, list item or table cell.
 *
 * @param kind what kind of block the source format said it was
 * @param text the raw text, line breaks kept (the structure stage decides what they mean)
 * @param page 1-based page number, or 0 when the format has no pages
 */
public record TextBlock(Kind kind, String text, int page) {

  /** Block kinds that matter to the structure stage. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    TABLE_CELL
  }
}
