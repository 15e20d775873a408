package org.ccmarchive.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the French and Spanish understanding against {@code gold/enrichment-gold-fr-es.json},
 * through the real pipeline (extract, structure, enrich), with the English gold's thresholds, on
 * two sets: the FR/ES records of the corpus (the patterns were written against them) and two
 * held-out sets of minutes (never used to tune the patterns). Prints tp/fp/fn per field.
 */
class MultilingualEnrichmentGoldIT {

  private static JsonNode gold;

  @BeforeAll
  static void readGold() throws Exception {
    gold =
        new ObjectMapper()
            .readTree(TestCorpus.resource("gold/enrichment-gold-fr-es.json").toFile());
  }

  @Test
  void frenchAndSpanishCorpusRecordsMatchTheGold() throws Exception {
    GoldSet.score("FR/ES training", gold.path("training"), TestCorpus.seedCorpus());
  }

  @Test
  void heldOutFrenchAndSpanishMinutesMatchTheGold() throws Exception {
    GoldSet.score(
        "FR/ES held-out", gold.path("heldout"), TestCorpus.resource("multilingual/heldout"));
  }
}
