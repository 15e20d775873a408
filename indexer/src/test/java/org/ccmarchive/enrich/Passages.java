package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmarchive.structure.Passage;

/**
 * Builds passages from lines for enrichment tests: "# text" is a heading, "| text" a table cell.
 */
final class Passages {

  private static final Enricher ENRICHER = Enricher.standard();

  private Passages() {}

  /**
   * The facts of the passages of {@code lines}, as a record named {@code file} with no overrides.
   */
  static List<PassageFacts> enrich(String file, String... lines) {
    return ENRICHER.enrich(file, of(lines), new Sidecar.Overrides(Map.of())).passages();
  }

  static List<Passage> of(String... lines) {
    List<Passage> out = new ArrayList<>();
    String section = "";
    for (String line : lines) {
      Passage.Kind kind = Passage.Kind.PARAGRAPH;
      String text = line;
      if (line.startsWith("# ")) {
        kind = Passage.Kind.HEADING;
        text = line.substring(2);
        section = text;
      } else if (line.startsWith("| ")) {
        kind = Passage.Kind.TABLE_CELL;
        text = line.substring(2);
      }
      out.add(new Passage(out.size() + 1, kind, null, 0, section, text));
    }
    return out;
  }
}
