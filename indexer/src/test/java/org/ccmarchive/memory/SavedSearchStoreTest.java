package org.ccmarchive.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ccmarchive.search.InvalidQueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSearchStoreTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

  private static final String OWNER = "owner key of one browser";

  @TempDir Path dir;

  @Test
  void savedSearchesSurviveAReopenWithTheirFilters() throws Exception {
    Path file = dir.resolve("saved-searches.json");
    SavedSearchStore store = SavedSearchStore.open(file, CLOCK);
    SavedSearch s =
        store.save(
            "Article 4 extension requests",
            "\"extension request\"",
            Map.of("article", List.of("Article 4"), "speaker", List.of("Germany", "Chad")),
            OWNER);
    assertThat(s.id()).isEqualTo("article-4-extension-requests");
    assertThat(Files.list(dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("saved-searches.json");
    SavedSearch again = SavedSearchStore.open(file, CLOCK).get(s.id()).orElseThrow();
    assertThat(again).isEqualTo(s);
    assertThat(again.created()).isEqualTo(CLOCK.instant());
  }

  @Test
  void aTakenSlugGetsANumberedIdAndDeleteRemovesIt() {
    SavedSearchStore store = SavedSearchStore.open(dir.resolve("s.json"), CLOCK);
    store.save("Reporting", "reporting", Map.of(), OWNER);
    SavedSearch second = store.save("reporting!", "reporting", Map.of(), OWNER);
    assertThat(second.id()).isEqualTo("reporting-2");
    assertThat(store.delete("reporting")).isTrue();
    assertThat(store.delete("reporting")).isFalse();
    assertThat(SavedSearchStore.open(dir.resolve("s.json"), CLOCK).page(0, 10))
        .extracting(SavedSearch::id)
        .containsExactly("reporting-2");
  }

  @Test
  void aNameInUseIsRefusedAndADeletedSearchsIdIsNeverIssuedAgain() {
    Path file = dir.resolve("s.json");
    SavedSearchStore store = SavedSearchStore.open(file, CLOCK);
    SavedSearch first = store.save("Clearance news", "clearance", Map.of(), OWNER);
    assertThatThrownBy(() -> store.save("clearance NEWS", "anything", Map.of(), "someone else"))
        .isInstanceOf(SavedSearchStore.NameTaken.class)
        .hasMessageContaining("exists already");
    store.delete(first.id());
    SavedSearch again =
        SavedSearchStore.open(file, CLOCK).save("Clearance news", "other", Map.of(), "someone");
    assertThat(again.id()).isNotEqualTo(first.id()).isEqualTo("clearance-news-2");
  }

  @Test
  void onlyTheOwnerKeyGivenAtSavingOwnsASearch() {
    Path file = dir.resolve("s.json");
    SavedSearch s = SavedSearchStore.open(file, CLOCK).save("Mine", "x", Map.of(), OWNER);
    SavedSearchStore reopened = SavedSearchStore.open(file, CLOCK);
    assertThat(reopened.isOwnedBy(s.id(), OWNER)).isTrue();
    assertThat(reopened.isOwnedBy(s.id(), "another browser")).isFalse();
    assertThat(reopened.isOwnedBy(s.id(), null)).isFalse();
    assertThat(reopened.isOwnedBy("unknown", OWNER)).isFalse();
  }

  @Test
  void theStoreRefusesWhenItHoldsItsLimitOfSearchesOrBytes() {
    SavedSearchStore few =
        SavedSearchStore.open(
            dir.resolve("few.json"), CLOCK, new SavedSearchStore.Limits(2, 1 << 20));
    few.save("one", "x", Map.of(), OWNER);
    few.save("two", "x", Map.of(), OWNER);
    assertThatThrownBy(() -> few.save("three", "x", Map.of(), OWNER))
        .isInstanceOf(SavedSearchStore.Full.class);
    few.delete("one");
    assertThat(few.save("three", "x", Map.of(), OWNER).id()).isEqualTo("three");

    Path small = dir.resolve("small.json");
    SavedSearchStore bytes =
        SavedSearchStore.open(small, CLOCK, new SavedSearchStore.Limits(1000, 2_000));
    bytes.save("short", "x", Map.of(), OWNER);
    assertThatThrownBy(() -> bytes.save("long", "y".repeat(1_900), Map.of(), OWNER))
        .isInstanceOf(SavedSearchStore.Full.class);
    assertThat(bytes.count()).isEqualTo(1);
    assertThat(SavedSearchStore.open(small, CLOCK).count()).isEqualTo(1);
  }

  @Test
  void aFileFromBeforeOwnersStillOpensAndItsSearchesHaveNoOwner() throws Exception {
    Path file = dir.resolve("old.json");
    Files.writeString(
        file,
        """
        [ { "id" : "old", "name" : "Old", "query" : "x", "filters" : { },
            "created" : "2025-01-01T00:00:00Z" } ]
        """);
    SavedSearchStore store = SavedSearchStore.open(file, CLOCK);
    assertThat(store.get("old")).map(SavedSearch::name).hasValue("Old");
    assertThat(store.isOwnedBy("old", OWNER)).isFalse();
  }

  @Test
  void badNamesFiltersAndQueriesAreRejectedReadably() {
    SavedSearchStore store = SavedSearchStore.open(dir.resolve("s.json"), CLOCK);
    assertThatThrownBy(() -> store.save("  ", "x", Map.of(), OWNER))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> store.save("x".repeat(500), "x", Map.of(), OWNER))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> store.save("a", "x", Map.of("colour", List.of("red")), OWNER))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> store.save("a", "x", Map.of("from", List.of("yesterday")), OWNER))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("date");
    assertThatThrownBy(() -> store.save("a", "q".repeat(5000), Map.of(), OWNER))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("too long");
    assertThat(store.count()).isZero();
    assertThat(
            store
                .save(
                    "pdf only",
                    "x",
                    Map.of("format", List.of("PDF"), "year", List.of("2024")),
                    OWNER)
                .id())
        .isEqualTo("pdf-only");
  }

  @Test
  void aCorruptFileIsReportedNotSilentlyReplaced() throws Exception {
    Path file = dir.resolve("s.json");
    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> SavedSearchStore.open(file, CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be read");
    assertThat(Files.readString(file)).isEqualTo("{not json");
  }
}
