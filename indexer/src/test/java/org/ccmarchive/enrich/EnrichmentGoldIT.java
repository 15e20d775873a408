package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.PassageBuilder;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the enrichment stage against the hand-checked gold file for the seed corpus and prints
 * precision, recall and F1: speakers and articles per passage of both sets of minutes, the decision
 * flag, and type, meeting, date and symbols of every record.
 */
class EnrichmentGoldIT {

  private static JsonNode gold;
  private static final RecordReader READER =
      new RecordReader(new DocumentExtractor(), new PassageBuilder());

  @BeforeAll
  static void readGold() throws Exception {
    gold = new ObjectMapper().readTree(TestCorpus.resource("gold/enrichment-gold.json").toFile());
  }

  @Test
  void speakersArticlesAndDecisionsOfBothMinutesMatchTheGold() throws Exception {
    GoldSet.passages("EN training", gold, TestCorpus.seedCorpus());
  }

  /**
   * Minutes written for this (session 3) and kept out of the corpus; the gold was written from the
   * text before any enrichment ran on it, and no rule was changed after scoring it.
   */
  @Test
  void heldOutEnglishMinutesMatchTheGold() throws Exception {
    JsonNode heldOut =
        new ObjectMapper()
            .readTree(TestCorpus.resource("gold/enrichment-gold-en-heldout.json").toFile());
    GoldSet.score("EN held-out", heldOut.path("heldout"), TestCorpus.resource("heldout-en"));
  }

  @Test
  void typeMeetingDateAndSymbolsOfEveryRecordMatchTheGold() throws Exception {
    GoldSet.records(
        "EN training",
        gold,
        TestCorpus.seedCorpus(),
        List.of(
            GoldSet.TYPE, GoldSet.MEETING, GoldSet.DATE, GoldSet.SYMBOL, GoldSet.CITED_SYMBOLS));
  }

  @Test
  void australiaInTheIsuReportsContributionsTableIsMentionedNotSpeaking() throws Exception {
    ArchiveRecord report = read("ISU-Annual-Report-2024.pdf");
    int mentions = 0;
    for (int i = 0; i < report.passages().size(); i++) {
      if (report.passages().get(i).text().contains("Australia")) {
        PassageFacts f = report.factsAt(i);
        assertThat(f.speakers()).as(report.passages().get(i).text()).doesNotContain("Australia");
        assertThat(f.countries()).contains("Australia");
        mentions++;
      }
    }
    assertThat(mentions)
        .as("the report names Australia in text and in its tables")
        .isGreaterThan(2);
  }

  private static ArchiveRecord read(String file) throws Exception {
    Path corpus = TestCorpus.seedCorpus();
    return READER.read(corpus, corpus.resolve(file));
  }
}
