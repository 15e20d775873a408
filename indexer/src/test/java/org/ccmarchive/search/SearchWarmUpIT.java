package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.SeedIndex;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up warm-up (which yields to visitors) and the per-generation summaries change no
 * answer.
 */
@ExtendWith(SeedIndex.class)
class SearchWarmUpIT {

  @TempDir Path work;

  @Test
  void aWarmedIndexAnswersExactlyAsAColdOne(SeedIndex.Built seed) throws Exception {
    Path index = seed.path();
    List<SearchRequest> asked =
        List.of(
            SearchRequest.of("convention"),
            SearchRequest.of("victim assistance"),
            SearchRequest.of("\"cluster munitions\""),
            SearchRequest.of("déminage"),
            new SearchRequest("convention", 2, 3),
            new SearchRequest("mines", 1, 5, false),
            new SearchRequest(
                "universalization",
                1,
                10,
                new Filters(Map.of("language", List.of("en")), Optional.empty(), Optional.empty()),
                SortOrder.NEWEST));
    try (var cold = LuceneArchiveIndex.open(index, new IndexSchema(), TestLimits.unhurried());
        var warmed = LuceneArchiveIndex.open(index, new IndexSchema(), TestLimits.unhurried())) {
      // Visitors served during the first three looks: the warm-up waits, then still runs each
      // search.
      var looks = new java.util.concurrent.atomic.AtomicInteger();
      assertThat(SearchWarmUp.run(warmed, () -> looks.incrementAndGet() <= 3)).isGreaterThan(10);
      assertThat(looks.get()).isGreaterThan(10);
      assertSameAnswers(asked, warmed, cold);
    }
  }

  @Test
  void aPreparedIndexAnswersExactlyAsAColdOne(SeedIndex.Built seed) throws Exception {
    List<SearchRequest> asked =
        List.of(
            SearchRequest.of("convention"),
            SearchRequest.of(PassageSearch.PREPARED_WORD),
            SearchRequest.of("stockpile destruction"),
            new SearchRequest(
                "clearance",
                1,
                10,
                new Filters(Map.of("language", List.of("fr")), Optional.empty(), Optional.empty()),
                SortOrder.RELEVANCE));
    try (var cold =
            LuceneArchiveIndex.open(seed.path(), new IndexSchema(), TestLimits.unhurried());
        var prepared =
            LuceneArchiveIndex.open(seed.path(), new IndexSchema(), TestLimits.unhurried())) {
      // Twice, as a server whose visitor came first would: the second finds everything built.
      prepared.prepare();
      prepared.prepare();
      assertSameAnswers(asked, prepared, cold);
    }
  }

  private static void assertSameAnswers(
      List<SearchRequest> asked, ArchiveIndex tried, ArchiveIndex cold) {
    for (SearchRequest request : asked) {
      assertThat(tried.search(request))
          .as(request.toString())
          .usingRecursiveComparison()
          .ignoringFields("tookMs")
          .isEqualTo(cold.search(request));
    }
  }

  @Test
  void aRecordsSummaryFollowsTheIndexAfterARebuild() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Path note = corpus.resolve("field-note.txt");
    Files.writeString(note, "Clearance of the northern province went ahead in spring.\n");
    Path index = work.resolve("index");
    TestCorpus.index(corpus, index);
    try (var search = LuceneArchiveIndex.open(index, new IndexSchema(), TestLimits.unhurried())) {
      long before =
          search.search(SearchRequest.of("clearance")).hits().getFirst().record().sizeBytes();
      Files.writeString(
          note,
          "The survey teams reported the province free of mines.\n",
          StandardOpenOption.APPEND);
      TestCorpus.index(corpus, index);
      search.refresh();
      // Another word than before: the answer is new, only the record's summary could be kept.
      long after =
          search.search(SearchRequest.of("province")).hits().getFirst().record().sizeBytes();
      assertThat(after).isNotEqualTo(before).isEqualTo(Files.size(note));
    }
  }
}
