package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries whose cost would grow with the index are refused or cut short, never run unbounded. */
class QueryLimitsIT {

  @TempDir static Path work;
  static LuceneArchiveIndex service;
  static Path indexDir;

  @BeforeAll
  static void index() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.copy(
        TestCorpus.seedCorpus().resolve("CC-Minutes-30-January-2024.docx"),
        corpus.resolve("CC-Minutes-30-January-2024.docx"));
    Files.writeString(
        corpus.resolve("hostile.txt"),
        "The stockpile <script>alert('x')</script> & \"quoted\" <b>bold</b> report.\n");
    indexDir = work.resolve("index");
    TestCorpus.index(corpus, indexDir);
    service = LuceneArchiveIndex.open(indexDir, new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResults search(String q) {
    return service.search(SearchRequest.of(q));
  }

  @Test
  void leadingAndShortWildcardsAreRefused() {
    for (String q : new String[] {"*a*", "?tock", "a*", "s?ockpile", "title:*"}) {
      assertThatThrownBy(() -> search(q)).as(q).isInstanceOf(InvalidQueryException.class);
    }
    assertThat(search("stock*").totalPassages()).isPositive();
  }

  @Test
  void tooManyTermsOrWildcardsAreRefusedWithAReadableMessage() {
    String manyWords =
        IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertThatThrownBy(() -> search(manyWords))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("too many terms");
    String manyWildcards =
        IntStream.range(0, 9).mapToObj(i -> "st" + i + "*").collect(Collectors.joining(" OR "));
    assertThatThrownBy(() -> search(manyWildcards))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("wildcard");
  }

  @Test
  void wordsWithinTheTypedLimitButTooManyOnceExpandedToEveryLanguageAreA400NotA500() {
    String words =
        IntStream.range(0, QueryLimits.MAX_TERMS - 6)
            .mapToObj(i -> "w" + i)
            .collect(Collectors.joining(" "));
    assertThatThrownBy(() -> search(words))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("too many words");
  }

  @Test
  void fiveThousandOrTermsAndAHundredKilobyteQueryAreRefusedQuickly() {
    String orTerms =
        IntStream.range(0, 5_000).mapToObj(i -> "t" + i).collect(Collectors.joining(" OR "));
    long start = System.nanoTime();
    assertThatThrownBy(() -> search(orTerms)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> service.record("hostile.txt", "x".repeat(100_000)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("too long");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void regularExpressionSyntaxIsNeverRunAsARegularExpression() {
    assertThatThrownBy(() -> search("/(.*){20}/"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("Could not understand the query");
    assertThatThrownBy(() -> search("/(.*)/")).hasMessageContaining("wildcard");
    assertThat(search("CCM/MSP/2024/11").partial()).isFalse();
  }

  @Test
  void pagingPastTheResultWindowIsRefused() {
    assertThatThrownBy(() -> service.search(new SearchRequest("stockpile", 101, 100)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("narrow");
    assertThat(service.search(new SearchRequest("stockpile", 100, 100)).hits()).isEmpty();
  }

  @Test
  void searchOutOfTimeReturnsPartialResultsMarkedAsSuch() throws Exception {
    try (LuceneArchiveIndex hurried =
        LuceneArchiveIndex.open(
            indexDir,
            new IndexSchema(),
            new QueryLimits(Duration.ZERO, QueryLimits.COSTLY_CONCURRENCY))) {
      SearchResults r = hurried.search(SearchRequest.of("stockpile"));
      assertThat(r.partial()).isTrue();
    }
    assertThat(search("stockpile").partial()).isFalse();
  }

  @Test
  void highlighterEscapesDocumentMarkupBeforeMarkingMatches() {
    SearchResults r = search("stockpile");
    String html =
        r.hits().stream()
            .filter(h -> h.record().id().equals("hostile.txt"))
            .findFirst()
            .orElseThrow()
            .passages()
            .getFirst()
            .snippet()
            .html();
    assertThat(html)
        .contains("&lt;script&gt;")
        .contains("&lt;b&gt;bold")
        .contains("<mark>stockpile</mark>")
        .doesNotContain("<script")
        .doesNotContain("<b>");
    String view =
        service
            .record("hostile.txt", "stockpile")
            .orElseThrow()
            .passages()
            .getFirst()
            .snippet()
            .html();
    assertThat(view).contains("&lt;script&gt;").doesNotContain("<script");
  }
}
