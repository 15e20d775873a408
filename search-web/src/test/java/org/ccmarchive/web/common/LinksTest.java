package org.ccmarchive.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.memory.Meeting;
import org.ccmarchive.memory.PassageView;
import org.ccmarchive.memory.RecordFacts;
import org.ccmarchive.memory.RoleEvidence;
import org.ccmarchive.memory.SavedSearch;
import org.junit.jupiter.api.Test;

class LinksTest {

  private static final Optional<Meeting> MSP = Meeting.parse("Meeting of States Parties › 11MSP");

  @Test
  void aPassageLinksToItsParagraphInTheRecordView() {
    PassageView p =
        new PassageView(
            "msp11-report",
            "Final report",
            7,
            Optional.of("12"),
            "",
            "The Meeting decided to extend the deadline.",
            Optional.of(LocalDate.of(2023, 8, 30)),
            MSP,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            true,
            Optional.of("en"),
            List.of());
    assertThat(Links.paragraph(p)).isEqualTo("/doc/msp11-report#p7");
  }

  @Test
  void aRecordLinksToItsView() {
    RecordFacts r =
        new RecordFacts(
            "msp11-report",
            "Final report",
            "pdf",
            Optional.empty(),
            MSP,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of());
    assertThat(Links.record(r)).isEqualTo("/doc/msp11-report");
  }

  @Test
  void evidenceFromAnAttendanceListLinksToTheRecordAndFromAParagraphToTheParagraph() {
    RoleEvidence list =
        new RoleEvidence("cc-2024", "CC Minutes", MSP, Optional.empty(), 0, "attendance list");
    RoleEvidence heading =
        new RoleEvidence("cc-2024", "CC Minutes", MSP, Optional.empty(), 4, "section heading");
    assertThat(Links.evidence(list)).isEqualTo("/doc/cc-2024");
    assertThat(Links.evidence(heading)).isEqualTo("/doc/cc-2024#p4");
  }

  @Test
  void aSavedSearchLinksToItsSearchPageWithEveryFilterAndToItsFeed() {
    SavedSearch s =
        new SavedSearch(
            "clearance-deadlines",
            "Clearance deadlines",
            "\"clearance deadline\"",
            Map.of("article", List.of("Article 4"), "speaker", List.of("Norway", "Chile")),
            Instant.EPOCH);
    assertThat(Links.search(s))
        .isEqualTo("/?q=%22clearance+deadline%22&article=Article+4&speaker=Norway&speaker=Chile");
    assertThat(Links.feed(s)).isEqualTo("/saved/clearance-deadlines/feed.atom");
  }
}
