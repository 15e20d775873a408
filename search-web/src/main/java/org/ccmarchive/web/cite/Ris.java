package org.ccmarchive.web.cite;

import java.util.List;

/**
 * Writes records as RIS, the tagged format every reference manager imports: one {@code TAG - value}
 * line each (two capitals or a capital and a digit, two spaces, a hyphen, a space), {@code TY}
 * first, {@code ER} last, CRLF line ends. Reports carry their symbol in {@code SN} ("report
 * number"); paragraph pinpoints go in {@code SP} (the page) and notes ({@code N1}).
 */
public final class Ris {

  /** The media type reference managers register for RIS. */
  public static final String MEDIA_TYPE = "application/x-research-info-systems";

  private Ris() {}

  public static String write(List<CitableRecord> records) {
    StringBuilder out = new StringBuilder();
    for (CitableRecord r : records) {
      tag(out, "TY", "RPRT");
      tag(out, "TI", r.title());
      r.authors().forEach(a -> tag(out, "AU", a));
      if (!r.date().isEmpty()) {
        tag(out, "PY", String.valueOf(r.date().get(0)));
        tag(out, "DA", r.slashedDate().orElseThrow() + "/");
      }
      tag(out, "PB", r.publisher());
      r.symbol().ifPresent(s -> tag(out, "SN", s));
      r.type().ifPresent(t -> tag(out, "M3", t));
      r.language().ifPresent(l -> tag(out, "LA", l));
      if (r.pinpoints().size() == 1) {
        r.pinpoints().getFirst().page().ifPresent(p -> tag(out, "SP", String.valueOf(p)));
      }
      // The record, so one record cited at several paragraphs stays one reference.
      tag(out, "UR", r.url());
      if (r.pdf()) {
        tag(out, "L1", r.originalUrl());
      }
      for (CitableRecord.Pinpoint p : r.pinpoints()) {
        tag(out, "N1", p.label() + ": " + p.url());
      }
      tag(out, "ER", "");
      out.append("\r\n");
    }
    return out.toString();
  }

  /** One line; a value never spans lines (a line break would start a bogus tag). */
  private static void tag(StringBuilder out, String tag, String value) {
    String flat = value.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
    out.append(tag).append("  - ").append(flat).append("\r\n");
  }
}
