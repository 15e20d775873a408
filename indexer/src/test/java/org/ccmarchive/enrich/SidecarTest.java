package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

  @TempDir Path corpus;

  private static RecordFacts extracted() {
    return new RecordFacts(
        Optional.of("report"),
        Optional.empty(),
        Optional.of(LocalDate.of(2025, 1, 1)),
        Optional.empty(),
        Optional.of("en"),
        Optional.empty(),
        List.of("A/78/32"),
        List.of(),
        Attendance.NONE);
  }

  @Test
  void manifestRowSetsFieldsAndMetaJsonWinsOverIt() throws Exception {
    Files.writeString(
        corpus.resolve("manifest.csv"),
        "file,type,date,meeting,symbol,cited_symbols\n"
            + "sub/a.pdf,working paper,2025-04-07,Intersessional Meeting > 2025,ccm/msp/2025/wp.4,"
            + "\"CCM/MSP/2024/11;CCM/CONF/2021/6\"\n");
    Files.createDirectories(corpus.resolve("sub"));
    Path file = corpus.resolve("sub/a.pdf");
    Files.writeString(file, "x");
    Files.writeString(
        corpus.resolve("sub/a.pdf.meta.json"),
        "{\"date\": \"2025-04-08\", \"speakers\": [\"Norway\", \"Peru\"]}");
    Sidecar.Overrides o = Sidecar.load(corpus).overridesFor("sub/a.pdf", file);
    RecordFacts f = o.apply(extracted());
    assertThat(f.type()).contains("working paper");
    assertThat(f.date()).contains(LocalDate.of(2025, 4, 8));
    assertThat(f.meeting()).contains("Intersessional Meeting › 2025");
    assertThat(f.symbol()).contains("CCM/MSP/2025/WP.4");
    assertThat(f.citedSymbols()).containsExactly("CCM/MSP/2024/11", "CCM/CONF/2021/6");
    assertThat(f.authors()).containsExactly("Norway", "Peru");
    assertThat(f.language()).as("fields not set keep what extraction found").contains("en");
  }

  @Test
  void aBadDateIsReportedNotDropped() throws Exception {
    Path file = corpus.resolve("b.pdf");
    Files.writeString(file, "x");
    Files.writeString(corpus.resolve("b.pdf.meta.json"), "{\"date\": \"30 January 2024\"}");
    Sidecar.Overrides o = Sidecar.none().overridesFor("b.pdf", file);
    assertThatThrownBy(() -> o.apply(extracted()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an ISO date");
  }
}
