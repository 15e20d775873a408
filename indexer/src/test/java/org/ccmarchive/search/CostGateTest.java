package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.ccmarchive.index.IndexSchema;
import org.junit.jupiter.api.Test;

class CostGateTest {

  private final UserQueryParser parser = new UserQueryParser(new IndexSchema());

  @Test
  void severalWildcardsDeepPagesAndLargePagesAreCostlyPlainWordsAreNot() {
    assertThat(CostGate.isCostly(parser.parse("stockpile destruction"), SearchRequest.of("")))
        .isFalse();
    assertThat(CostGate.isCostly(parser.parse("munition*"), SearchRequest.of(""))).isFalse();
    assertThat(CostGate.isCostly(parser.parse("co* OR st*"), SearchRequest.of(""))).isTrue();
    assertThat(CostGate.isCostly(parser.parse("report~ mine~"), SearchRequest.of(""))).isTrue();
    assertThat(CostGate.isCostly(parser.parse("report"), new SearchRequest("", 101, 10))).isTrue();
    assertThat(CostGate.isCostly(parser.parse("report"), new SearchRequest("", 1, 100))).isTrue();
  }

  @Test
  void fiftyValuesInEachOfNineDimensionsIsFacetHeavyAFewTickedBoxesAreNot() {
    Map<String, List<String>> heavy = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS.subList(0, 9)) {
      heavy.put(dim, IntStream.range(0, 50).mapToObj(i -> "value " + i).toList());
    }
    Filters many = new Filters(heavy, Optional.empty(), Optional.empty());
    assertThat(CostGate.filterWork(many)).isEqualTo(450L * 9);
    assertThat(CostGate.isFacetHeavy(many, 0)).isTrue();

    Filters few =
        new Filters(
            Map.of(
                IndexSchema.FACET_SPEAKER, List.of("Australia", "Chile", "Norway"),
                IndexSchema.FACET_TYPE, List.of("minutes", "report"),
                IndexSchema.FACET_LANGUAGE, List.of("en", "fr")),
            Optional.of(LocalDate.of(2020, 1, 1)),
            Optional.empty());
    assertThat(CostGate.filterWork(few)).isEqualTo(8L * 4);
    assertThat(CostGate.isFacetHeavy(few, 700)).isFalse();
    assertThat(CostGate.isFacetHeavy(Filters.NONE, 700)).isFalse();
  }

  @Test
  void countingManyMatchingPassagesInManyPassesIsFacetHeavy() {
    Filters two =
        new Filters(
            Map.of(
                IndexSchema.FACET_SPEAKER,
                List.of("Chile"),
                IndexSchema.FACET_YEAR,
                List.of("2024")),
            Optional.empty(),
            Optional.empty());
    // Three passes (drill-down, then one per filtered dimension) over each matching passage.
    assertThat(CostGate.countingWork(100_000, two)).isEqualTo(300_000);
    assertThat(CostGate.isFacetHeavy(two, 100_000)).isFalse();
    assertThat(CostGate.isFacetHeavy(two, 700_000)).isTrue();
    assertThat(CostGate.isFacetHeavy(Filters.NONE, CostGate.COSTLY_COUNTING_WORK)).isTrue();
  }

  @Test
  void costlySearchBeyondTheConcurrencyLimitIsRefusedCheapOneRuns() throws Exception {
    CostGate gate = new CostGate(1, Duration.ofMillis(50));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        Thread.ofVirtual()
            .start(
                () ->
                    gate.run(
                        true,
                        () -> {
                          holding.countDown();
                          await(release);
                          return 1;
                        }));
    holding.await();
    assertThatThrownBy(() -> gate.run(true, () -> 2))
        .isInstanceOf(SearchBusyException.class)
        .hasMessageContaining("busy");
    assertThat(gate.run(false, () -> 3)).isEqualTo(3);
    release.countDown();
    holder.join();
    assertThat(gate.run(true, () -> 4)).isEqualTo(4);
  }

  @Test
  void afterACostlySearchItsPermitRestsAsLongAsTheSearchRanButTheAnswerIsNotDelayed() {
    CostGate gate = new CostGate(1, Duration.ofMillis(20), 1.0);
    // Margins of 600 ms or more either side, so a busy test machine's scheduling stalls do not
    // decide the outcome.
    long start = System.nanoTime();
    assertThat(gate.run(true, () -> sleep(1_000))).isEqualTo(1_000);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_900));
    assertThatThrownBy(() -> gate.run(true, () -> 1)).isInstanceOf(SearchBusyException.class);
    assertThat(gate.run(false, () -> 2)).isEqualTo(2);
    sleep(1_600);
    assertThat(gate.run(true, () -> 3)).isEqualTo(3);
  }

  private static int sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return millis;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
