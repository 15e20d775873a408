package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.extract.ExtractionException;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.PassageBuilder;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sidecar metadata on real records: it wins over extraction, and a bad one costs one record. */
class SidecarIT {

  private static final String STATEMENT = "Statement-Universalization-Norway-Peru-IM2025.docx";
  private static final String NOTE = "Concept-Note-Intersessional-Meeting-2025.pdf";

  @TempDir Path corpus;
  @TempDir Path work; // the index in work/index: its report goes beside it

  private final RecordReader reader =
      new RecordReader(new DocumentExtractor(), new PassageBuilder());

  private Path copy(String name) throws Exception {
    return Files.copy(TestCorpus.seedCorpus().resolve(name), corpus.resolve(name));
  }

  @Test
  void manifestSetsTheDateAStatementDoesNotState() throws Exception {
    Path file = copy(STATEMENT);
    assertThat(reader.read(corpus, file).metadata().date()).as("not guessed").isEmpty();
    Files.writeString(
        corpus.resolve("manifest.csv"),
        "file,date,title\n"
            + STATEMENT
            + ",2025-04-07,Universalization statement by Norway and Peru\n");
    ArchiveRecord r =
        new RecordReader(new DocumentExtractor(), new PassageBuilder()).read(corpus, file);
    assertThat(r.metadata().date()).contains(LocalDate.of(2025, 4, 7));
    assertThat(r.metadata().title()).isEqualTo("Universalization statement by Norway and Peru");
    assertThat(r.metadata().meeting())
        .as("extracted fields stay")
        .contains("Intersessional Meeting › 2025");
  }

  @Test
  void aBadSidecarIsReportedAndTheRestOfTheCorpusIsIndexed() throws Exception {
    Path file = copy(STATEMENT);
    copy(NOTE);
    Files.writeString(corpus.resolve(STATEMENT + ".meta.json"), "{\"date\": \"April 2025\"}");
    assertThatThrownBy(() -> reader.read(corpus, file))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("bad sidecar metadata")
        .hasMessageContaining("not an ISO date");
    IndexReport report = TestCorpus.index(corpus, work.resolve("index"));
    assertThat(report.failures()).hasSize(1);
    assertThat(report.indexed()).isEqualTo(1);
  }
}
