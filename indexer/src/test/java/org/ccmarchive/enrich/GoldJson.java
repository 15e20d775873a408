package org.ccmarchive.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading gold files and comparing record fields, shared by the gold tests of every language. */
final class GoldJson {

  private GoldJson() {}

  /** Adds a line to {@code wrong} when the extracted value differs from the gold one. */
  static void check(List<String> wrong, String file, String field, String want, String got) {
    if (want == null ? got != null : !want.equals(got)) {
      wrong.add(file + " " + field + ": want " + want + ", got " + got);
    }
  }

  /** A text field of a gold entry, null when absent or JSON null. */
  static String text(JsonNode g, String field) {
    JsonNode n = g.path(field);
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
