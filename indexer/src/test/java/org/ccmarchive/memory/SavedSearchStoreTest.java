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

  @TempDir Path dir;

  @Test
  void savedSearchesSurviveAReopenWithTheirFilters() throws Exception {
    Path file = dir.resolve("saved-searches.json");
    SavedSearchStore store = SavedSearchStore.open(file, CLOCK);
    SavedSearch s =
        store.save(
            "Article 4 extension requests",
            "\"extension request\"",
            Map.of("article", List.of("Article 4"), "speaker", List.of("Germany", "Chad")));
    assertThat(s.id()).isEqualTo("article-4-extension-requests");
    assertThat(Files.list(dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("saved-searches.json");
    SavedSearch again = SavedSearchStore.open(file, CLOCK).get(s.id()).orElseThrow();
    assertThat(again).isEqualTo(s);
    assertThat(again.created()).isEqualTo(CLOCK.instant());
    assertThat(again.searchUrl())
        .isEqualTo("/?q=%22extension+request%22&article=Article+4&speaker=Germany&speaker=Chad");
  }

  @Test
  void aTakenNameGetsANumberedIdAndDeleteRemovesIt() {
    SavedSearchStore store = SavedSearchStore.open(dir.resolve("s.json"), CLOCK);
    store.save("Reporting", "reporting", Map.of());
    SavedSearch second = store.save("reporting!", "reporting", Map.of());
    assertThat(second.id()).isEqualTo("reporting-2");
    assertThat(store.delete("reporting")).isTrue();
    assertThat(store.delete("reporting")).isFalse();
    assertThat(SavedSearchStore.open(dir.resolve("s.json"), CLOCK).list())
        .extracting(SavedSearch::id)
        .containsExactly("reporting-2");
  }

  @Test
  void badNamesFiltersAndQueriesAreRejectedReadably() {
    SavedSearchStore store = SavedSearchStore.open(dir.resolve("s.json"), CLOCK);
    assertThatThrownBy(() -> store.save("  ", "x", Map.of()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> store.save("x".repeat(500), "x", Map.of()))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> store.save("a", "x", Map.of("colour", List.of("red"))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> store.save("a", "x", Map.of("from", List.of("yesterday"))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("date");
    assertThatThrownBy(() -> store.save("a", "q".repeat(5000), Map.of()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("too long");
    assertThat(store.list()).isEmpty();
    assertThat(
            store
                .save("pdf only", "x", Map.of("format", List.of("PDF"), "year", List.of("2024")))
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
