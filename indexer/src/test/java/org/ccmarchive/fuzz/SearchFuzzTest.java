package org.ccmarchive.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.InvalidQueryException;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.search.SearchBusyException;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.testing.TempFolders;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Query parsing and the whole search path over random input: the only exceptions allowed out are
 * {@link InvalidQueryException} (a readable 400) and {@link SearchBusyException} (a readable 503:
 * the record view right after a costly search of the same query may find the costly-search permit
 * still resting, see {@code CostGate}). Seeds in {@code SearchFuzzTestInputs/} replay in every test
 * run; {@code ./ccm check fuzz} explores further.
 */
class SearchFuzzTest {

  private static Path work;
  private static LuceneArchiveIndex service;

  @BeforeAll
  static void index() throws IOException {
    work = Files.createTempDirectory("ccm-fuzz-search");
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.copy(
        TestCorpus.seedCorpus().resolve("CC-Minutes-30-January-2024.docx"),
        corpus.resolve("minutes.docx"));
    TestCorpus.index(corpus, work.resolve("index"));
    service = LuceneArchiveIndex.open(work.resolve("index"), new IndexSchema());
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
    TempFolders.delete(work);
  }

  @FuzzTest(maxDuration = "2m")
  void queryParsingAndSearchOnlyEverRefuseWithAReadableMessage(FuzzedDataProvider data) {
    int page = data.consumeInt(-2, 1_002);
    int size = data.consumeInt(-2, 120);
    String query = data.consumeRemainingAsString();
    try {
      service.search(new SearchRequest(query, page, size));
    } catch (InvalidQueryException | SearchBusyException e) {
      requireMessage(e);
    }
    try {
      service.record("minutes.docx", query);
    } catch (InvalidQueryException | SearchBusyException e) {
      requireMessage(e);
    }
  }

  private static void requireMessage(RuntimeException e) {
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      throw new AssertionError("refusal without a message", e);
    }
  }
}
