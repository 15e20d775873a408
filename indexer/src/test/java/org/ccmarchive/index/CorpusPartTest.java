package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPartTest {

  @Test
  void aPartKeepsOnlyTheIndexedFilesUnderItsFolder(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("east/2024"));
    CorpusPart part = CorpusPart.of(root, Path.of("east"));
    assertThat(part.folder()).isEqualTo(root.resolve("east"));

    Map<String, IndexedFiles.Entry> known =
        Map.of(
            "east~a.txt", entry("east~a.txt", "east/a.txt"),
            "east~2024~b.txt", entry("east~2024~b.txt", "east/2024/b.txt"),
            "eastern~c.txt", entry("eastern~c.txt", "eastern/c.txt"),
            "d.txt", entry("d.txt", "d.txt"));
    assertThat(part.of(known)).containsOnlyKeys("east~a.txt", "east~2024~b.txt");
    assertThat(CorpusPart.of(root, Path.of("east/2024")).of(known))
        .containsOnlyKeys("east~2024~b.txt");
  }

  @Test
  void theWholeCorpusKeepsEveryIndexedFile(@TempDir Path root) throws IOException {
    Map<String, IndexedFiles.Entry> known = Map.of("d.txt", entry("d.txt", "d.txt"));
    CorpusPart whole = CorpusPart.of(root, null);
    assertThat(whole.folder()).isEqualTo(root);
    assertThat(whole.of(known)).isEqualTo(known);
  }

  @Test
  void aPartMustBeAnExistingFolderInsideTheCorpus(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("east"));
    Files.writeString(root.resolve("note.txt"), "not a folder");
    for (Path bad :
        new Path[] {
          Path.of(".."),
          Path.of("east/../.."),
          Path.of("."),
          root.resolve("east"),
          Path.of("west"),
          Path.of("note.txt")
        }) {
      assertThatThrownBy(() -> CorpusPart.of(root, bad))
          .as(bad.toString())
          .isInstanceOf(IOException.class)
          .hasMessageContaining("--part");
    }
  }

  private static IndexedFiles.Entry entry(String id, String file) {
    return new IndexedFiles.Entry(id, file, "hash-" + id, 1, 1, null, "meta");
  }
}
