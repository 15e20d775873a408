package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.SeedIndex;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cursor paging walks every matching record once, in score order, at constant cost per page. */
@ExtendWith(SeedIndex.class)
class DeepPagingIT {

  static LuceneArchiveIndex service;

  @BeforeAll
  static void open(SeedIndex.Built seed) throws Exception {
    service = LuceneArchiveIndex.open(seed.path(), new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @Test
  void walkingWithACursorVisitsEveryRecordOnceInScoreOrder() {
    SearchResults all = service.search(new SearchRequest("convention", 1, 100));
    assertThat(all.hits().size()).isGreaterThan(2);
    List<String> walked = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    String after = SearchCursor.START;
    for (int guard = 0; guard < 20; guard++) {
      SearchResults page = service.searchAfter(new SearchRequest("convention", 1, 1), after);
      assertThat(page.totalRecords()).isEqualTo(all.totalRecords());
      assertThat(page.totalPassages()).isEqualTo(all.totalPassages());
      if (page.hits().isEmpty()) {
        break;
      }
      RecordHit hit = page.hits().getFirst();
      walked.add(hit.record().id());
      scores.add(hit.score());
      assertThat(hit.passages()).isNotEmpty();
      after = SearchCursor.after(hit).encode();
    }
    assertThat(walked)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            all.hits().stream().map(h -> h.record().id()).toList());
    assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    assertThat(walked.getFirst()).isEqualTo(all.hits().getFirst().record().id());
  }

  @Test
  void cursorRoundTripsAndForgedCursorsAreRefused() {
    SearchCursor c = new SearchCursor(1.25f, "cc-minutes-30-january-2024.docx");
    assertThat(SearchCursor.decode(c.encode())).contains(c);
    assertThat(SearchCursor.decode("*")).isEqualTo(Optional.empty());
    for (String bad : new String[] {"abc", "%%%", "fHg", "Zm9v", "../../etc"}) {
      assertThatThrownBy(() -> service.searchAfter(SearchRequest.of("convention"), bad))
          .as(bad)
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("next_after");
    }
  }
}
