package org.ccmarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchJarTest {

  @TempDir Path dir;

  private Path jar(String name, String commit, String dirty) throws IOException {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (commit != null) {
      m.getMainAttributes().putValue("Git-Commit", commit);
    }
    if (dirty != null) {
      m.getMainAttributes().putValue("Git-Dirty", dirty);
    }
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out, m)) {
      j.flush();
    }
    return jar;
  }

  @Test
  void theManifestNamesTheCommit() throws IOException {
    BenchJar jar = BenchJar.of(BenchJar.NEW, jar("ccm-archive.jar", "121bf89", "false"));
    assertThat(jar.commit()).isEqualTo("121bf89");
    assertThat(jar.label()).isEqualTo("new 121bf89");
  }

  @Test
  void aJarBuiltFromAChangedTreeSaysSo() throws IOException {
    assertThat(BenchJar.of(BenchJar.NEW, jar("a.jar", "121bf89", "true")).commit())
        .isEqualTo("121bf89+uncommitted changes");
  }

  @Test
  void anOlderJarIsNamedByTheIdInItsFileNameAndMarkedAsSuch() throws IOException {
    assertThat(BenchJar.of(BenchJar.OLD, jar("main-dbe2ce1.jar", null, null)).commit())
        .isEqualTo("dbe2ce1 (from the file name)");
    assertThat(BenchJar.of(BenchJar.OLD, jar("main.jar", "unknown", "unknown")).commit())
        .isEqualTo("commit unknown");
  }
}
