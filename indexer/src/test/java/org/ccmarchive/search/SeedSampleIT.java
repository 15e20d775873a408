package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.SeedIndex;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sample of ten queries a delegate would type to find a known record of the seed corpus (two per
 * record): the record they mean must come first.
 */
@ExtendWith(SeedIndex.class)
class SeedSampleIT {

  static LuceneArchiveIndex service;

  @BeforeAll
  static void open(SeedIndex.Built seed) throws Exception {
    service = LuceneArchiveIndex.open(seed.path(), new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          stigmatization                                      | cc-minutes-30-january-2024.docx
          Conference Room 6A                                  | cc-minutes-30-january-2024.docx
          Lao PDR presidency priorities                       | cc-minutes-26-november-2025.pdf
          Vientiane                                           | cc-minutes-26-november-2025.pdf
          coordinators on Universalization Actions 10 and 11  | statement-universalization-norway-peru-im2025.docx
          Norway Peru universalization workplan               | statement-universalization-norway-peru-im2025.docx
          13 MSP Presidency concept note                      | concept-note-intersessional-meeting-2025.pdf
          "Room XXI"                                          | concept-note-intersessional-meeting-2025.pdf
          Implementation Support Unit transition consolidation | isu-annual-report-2024.pdf
          Implementation Support Unit annual report           | isu-annual-report-2024.pdf
          """)
  void expectedRecordComesFirst(String query, String expectedId) {
    SearchResults r = service.search(SearchRequest.of(query));
    assertThat(r.hits()).as(query).isNotEmpty();
    assertThat(r.hits().getFirst().record().id()).as(query).isEqualTo(expectedId);
  }
}
