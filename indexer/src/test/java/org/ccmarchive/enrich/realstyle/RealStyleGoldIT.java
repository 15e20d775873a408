package org.ccmarchive.enrich.realstyle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the pipeline on the real-style records ({@code realstyle/FORMAT.md}): records written from
 * descriptions of the archive's house styles by people who had not read the extractor, rendered to
 * DOCX and PDF at test time and read as the indexer reads them. Prints precision, recall and F1 of
 * speakers, articles and decisions and record-fact accuracy per style, language and format. Runs on
 * {@code dev} by default; {@code -Drealstyle.set=heldout} scores the held-out set (once, at the end
 * of a round). On {@code dev} it asserts the scores reached so far, less a small margin, so that a
 * regression fails the build ({@code -Drealstyle.dir=…} scores records kept elsewhere). Misses and
 * each rendering's passages are written to {@code target/realstyle-<set>-*.txt}.
 */
class RealStyleGoldIT {

  /** Scores reached on dev, less a margin; raise them as the scores improve. */
  // The 12 blind dev3 records (hard phrasings: office-first openings, attendance tables, one-line
  // attendance lists, inverted reports) brought dev speakers to 0.956 (0.967 after the fixes).
  static final double FLOOR_SPEAKER_F1 = 0.95;

  // The 16 blind dev2 records (PDF tables and sections of S02/S11) brought dev articles to 0.966.
  static final double FLOOR_ARTICLE_F1 = 0.956;
  static final double FLOOR_DECISION_F1 = 0.93;
  static final double FLOOR_FACTS = 0.985;

  /** A PDF scores this close to the DOCX of the same records, or its layout was misread. */
  static final double PDF_MARGIN = 0.02;

  @Test
  void realStyleRecordsScoreAtLeastTheFloor(@TempDir Path work) throws Exception {
    String set = System.getProperty("realstyle.set", "dev");
    // realstyle.dir: score a set kept elsewhere (e.g. records not yet committed).
    Path root =
        Path.of(
            System.getProperty(
                "realstyle.dir", TestCorpus.resource("realstyle").resolve(set).toString()));
    assertThat(RealStyleScorer.sources(root)).as("real-style records in " + root).isNotEmpty();
    RealStyleScorer scorer = new RealStyleScorer();
    scorer.score(root, work);
    String table = scorer.table(set);
    System.out.println(table);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(
        target.resolve("realstyle-" + set + "-table.txt"), table, StandardCharsets.UTF_8);
    Files.writeString(
        target.resolve("realstyle-" + set + "-errors.txt"),
        scorer.errors(),
        StandardCharsets.UTF_8);
    Files.writeString(
        target.resolve("realstyle-" + set + "-passages.txt"),
        scorer.passages(),
        StandardCharsets.UTF_8);
    if (!set.equals("dev")) {
      return;
    }
    RealStyleScorer.Tally all = scorer.all();
    assertThat(all.speakers.f1())
        .as("speaker F1\n" + table)
        .isGreaterThanOrEqualTo(FLOOR_SPEAKER_F1);
    assertThat(all.articles.f1())
        .as("article F1\n" + table)
        .isGreaterThanOrEqualTo(FLOOR_ARTICLE_F1);
    assertThat(all.decisions.f1())
        .as("decision F1\n" + table)
        .isGreaterThanOrEqualTo(FLOOR_DECISION_F1);
    assertThat(all.factAccuracy()).as("record facts\n" + table).isGreaterThanOrEqualTo(FLOOR_FACTS);
    RealStyleScorer.Tally pdf = scorer.groups().get(RealStyleScorer.PAIRED + "pdf");
    RealStyleScorer.Tally docx = scorer.groups().get(RealStyleScorer.PAIRED + "docx");
    assertThat(pdf.speakers.f1())
        .as("PDF speaker F1 against DOCX on the same records\n" + table)
        .isGreaterThanOrEqualTo(docx.speakers.f1() - PDF_MARGIN);
    assertThat(pdf.articles.f1())
        .as("PDF article F1 against DOCX on the same records\n" + table)
        .isGreaterThanOrEqualTo(docx.articles.f1() - PDF_MARGIN);
  }
}
