package org.ccmarchive.structure;

/**
 * One paragraph of a record: the unit the archive indexes, cites and links to.
 *
 * @param ordinal 1-based position in the record; stable anchor {@code #p{ordinal}}
 * @param kind heading, paragraph, list item, table cell or footnote
 * @param number the paragraph's own number as printed ({@code 5.3}), or null
 * @param page 1-based page, or 0 when the format has no pages
 * @param section the heading path it stands under, e.g. {@code 5. Presentation … › 5.2 …}, or ""
 * @param text the paragraph text, whitespace normalised, number kept; a title block keeps its lines
 *     apart ({@link TitleBlock#LINE_BREAK})
 */
public record Passage(
    int ordinal, Kind kind, String number, int page, String section, String text) {

  /** What a passage is in the record's layout. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_CELL,
    /** A footnote or document note ("¹ CCM/MSP/2023/2", "* The present document…"). */
    FOOTNOTE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
