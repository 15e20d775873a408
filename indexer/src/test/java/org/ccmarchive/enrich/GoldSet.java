package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmarchive.enrich.GoldJson.check;
import static org.ccmarchive.enrich.GoldJson.strings;
import static org.ccmarchive.enrich.GoldJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordMetadata;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.PassageBuilder;

/**
 * A gold set scored through the real pipeline (extract, structure, enrich): passages must match the
 * gold's structure, then speakers, articles and decisions are scored per passage and record fields
 * compared.
 */
final class GoldSet {

  static final double MIN_SPEAKER_F1 = 0.95;
  static final double MIN_ARTICLE_F1 = 0.95;
  static final double MIN_DECISION_F1 = 0.8;

  private static final RecordReader READER =
      new RecordReader(new DocumentExtractor(), new PassageBuilder());

  private GoldSet() {}

  /**
   * Scores one set ({@code records} + {@code passages} by file) read from {@code root}, prints
   * tp/fp/fn per field under {@code label} and asserts the thresholds shared by every gold test.
   */
  static void score(String label, JsonNode g, Path root) throws Exception {
    GoldScore speakers = new GoldScore();
    GoldScore articles = new GoldScore();
    GoldScore decisions = new GoldScore();
    var it = g.path("passages").properties().iterator();
    while (it.hasNext()) {
      var entry = it.next();
      ArchiveRecord record = READER.read(root, root.resolve(entry.getKey()));
      assertThat(record.passages())
          .as(entry.getKey() + " passages")
          .hasSize(entry.getValue().size());
      for (JsonNode p : entry.getValue()) {
        int i = p.path("ordinal").asInt() - 1;
        String where = entry.getKey() + " #p" + (i + 1);
        assertThat(record.passages().get(i).text())
            .as(where + " text")
            .startsWith(p.path("text").asText());
        PassageFacts f = record.factsAt(i);
        speakers.add(where, strings(p.path("speakers")), f.speakers());
        articles.add(where, strings(p.path("articles")), f.articles());
        decisions.add(
            where,
            p.path("decision").asBoolean() ? List.of("decision") : List.of(),
            f.decision() ? List.of("decision") : List.of());
      }
    }
    int fields = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonNode r : g.path("records")) {
      String file = r.path("file").asText();
      RecordMetadata m = READER.read(root, root.resolve(file)).metadata();
      fields += 7;
      check(wrong, file, "type", text(r, "type"), m.type().orElse(null));
      check(wrong, file, "meeting", text(r, "meeting"), m.meeting().orElse(null));
      check(wrong, file, "date", text(r, "date"), m.date().map(Object::toString).orElse(null));
      check(wrong, file, "place", text(r, "place"), m.place().orElse(null));
      check(wrong, file, "language", text(r, "language"), m.language().orElse(null));
      check(wrong, file, "symbol", text(r, "symbol"), m.symbol().orElse(null));
      check(
          wrong,
          file,
          "cited_symbols",
          new HashSet<>(strings(r.path("cited_symbols"))).toString(),
          new HashSet<>(m.citedSymbols()).toString());
    }
    String records =
        String.format(
            Locale.ROOT,
            "record fields: %d/%d correct (%.1f %%)%s",
            fields - wrong.size(),
            fields,
            100.0 * (fields - wrong.size()) / fields,
            wrong.isEmpty() ? "" : "; wrong: " + wrong);
    System.out.println("[" + label + "] " + speakers.report("speakers"));
    System.out.println("[" + label + "] " + articles.report("articles"));
    System.out.println("[" + label + "] " + decisions.report("decisions"));
    System.out.println("[" + label + "] " + records);
    assertThat(speakers.f1())
        .as(speakers.report("speakers"))
        .isGreaterThanOrEqualTo(MIN_SPEAKER_F1);
    assertThat(articles.f1())
        .as(articles.report("articles"))
        .isGreaterThanOrEqualTo(MIN_ARTICLE_F1);
    assertThat(decisions.f1())
        .as(decisions.report("decisions"))
        .isGreaterThanOrEqualTo(MIN_DECISION_F1);
    assertThat(wrong).as(records).isEmpty();
  }
}
