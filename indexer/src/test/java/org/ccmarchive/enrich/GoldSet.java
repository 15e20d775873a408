package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmarchive.enrich.GoldJson.check;
import static org.ccmarchive.enrich.GoldJson.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordMetadata;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.PassageBuilder;

/**
 * A gold set scored through the real pipeline (extract, structure, enrich): passages must match the
 * gold's structure, then speakers, articles and decisions are scored per passage and record fields
 * compared. Shared by the gold tests of every language, with the same thresholds.
 */
final class GoldSet {

  static final double MIN_SPEAKER_F1 = 0.95;
  static final double MIN_ARTICLE_F1 = 0.95;
  static final double MIN_DECISION_F1 = 0.8;

  /** A record field: its value in a gold entry and in what the pipeline found. */
  record Field(String name, Function<JsonNode, String> gold, Function<RecordMetadata, String> got) {

    static Field text(String name, Function<RecordMetadata, String> got) {
      return new Field(name, g -> GoldJson.text(g, name), got);
    }
  }

  static final Field TYPE = Field.text("type", m -> m.type().orElse(null));
  static final Field MEETING = Field.text("meeting", m -> m.meeting().orElse(null));
  static final Field DATE = Field.text("date", m -> m.date().map(Object::toString).orElse(null));
  static final Field PLACE = Field.text("place", m -> m.place().orElse(null));
  static final Field LANGUAGE = Field.text("language", m -> m.language().orElse(null));
  static final Field SYMBOL = Field.text("symbol", m -> m.symbol().orElse(null));
  static final Field CITED_SYMBOLS =
      new Field(
          "cited_symbols",
          g -> new HashSet<>(strings(g.path("cited_symbols"))).toString(),
          m -> new HashSet<>(m.citedSymbols()).toString());

  /** Every field a gold record states. */
  static final List<Field> ALL_FIELDS =
      List.of(TYPE, MEETING, DATE, PLACE, LANGUAGE, SYMBOL, CITED_SYMBOLS);

  private static final RecordReader READER =
      new RecordReader(new DocumentExtractor(), new PassageBuilder());

  private GoldSet() {}

  /** Passages and every record field of one set ({@code records} + {@code passages} by file). */
  static void score(String label, JsonNode set, Path root) throws Exception {
    passages(label, set, root);
    records(label, set, root, ALL_FIELDS);
  }

  /**
   * Speakers, articles and decisions of every gold passage; prints tp/fp/fn under {@code label} and
   * asserts the thresholds.
   */
  static void passages(String label, JsonNode set, Path root) throws Exception {
    GoldScore speakers = new GoldScore();
    GoldScore articles = new GoldScore();
    GoldScore decisions = new GoldScore();
    var it = set.path("passages").properties().iterator();
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
    System.out.println("[" + label + "] " + speakers.report("speakers"));
    System.out.println("[" + label + "] " + articles.report("articles"));
    System.out.println("[" + label + "] " + decisions.report("decisions"));
    assertThat(speakers.f1())
        .as(speakers.report("speakers"))
        .isGreaterThanOrEqualTo(MIN_SPEAKER_F1);
    assertThat(articles.f1())
        .as(articles.report("articles"))
        .isGreaterThanOrEqualTo(MIN_ARTICLE_F1);
    assertThat(decisions.f1())
        .as(decisions.report("decisions"))
        .isGreaterThanOrEqualTo(MIN_DECISION_F1);
  }

  /** {@code fields} of every gold record; prints the count right and asserts that all are. */
  static void records(String label, JsonNode set, Path root, List<Field> fields) throws Exception {
    int checked = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonNode r : set.path("records")) {
      String file = r.path("file").asText();
      RecordMetadata m = READER.read(root, root.resolve(file)).metadata();
      for (Field field : fields) {
        check(wrong, file, field.name(), field.gold().apply(r), field.got().apply(m));
        checked++;
      }
    }
    String report =
        String.format(
            Locale.ROOT,
            "record fields: %d/%d correct (%.1f %%)%s",
            checked - wrong.size(),
            checked,
            100.0 * (checked - wrong.size()) / checked,
            wrong.isEmpty() ? "" : "; wrong: " + wrong);
    System.out.println("[" + label + "] " + report);
    assertThat(wrong).as(report).isEmpty();
  }
}
