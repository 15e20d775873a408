package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexReportTest {

  @Test
  void theReportFileIsWhatTheObjectMapperWroteBeforeFailuresNotesAndFractionsIncluded(
      @TempDir Path dir) throws Exception {
    IndexReport report =
        new IndexReport(
            false,
            3,
            1,
            1,
            40,
            2,
            1234,
            987_654,
            List.of(
                new IndexReport.Failure("a/broken.pdf", "no text layer \"at all\"", true),
                new IndexReport.Failure("b.docx", "timed out after 120 s")),
            List.of("scan.pdf"),
            List.of("manifest.csv cannot be read: line 3"),
            Duration.ofMillis(2345));
    Path file = dir.resolve("index-report.json");

    report.writeJson(file);

    String expected =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(report.toJson());
    assertThat(file).content().isEqualTo(expected);
    assertThat(expected).contains("\"earlier_run\" : true", "\"seconds\" : 2.345");
  }
}
