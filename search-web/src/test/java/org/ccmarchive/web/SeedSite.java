package org.ccmarchive.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The site over the seed corpus, started once for a test class and stopped after it, in an index of
 * its own: {@code @RegisterExtension static final SeedSite site = new SeedSite();}, then {@code
 * site.server()}. Runs before the class's own {@code @BeforeAll} methods.
 */
final class SeedSite implements BeforeAllCallback, AfterAllCallback {

  private Path indexDir;
  private TestServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    indexDir = Files.createTempDirectory("ccm-seed-index");
    server = TestServer.start(TestCorpus.seedCorpus(), indexDir);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      server.close();
    } finally {
      deleteTree(indexDir);
    }
  }

  /** Deletes a temporary folder and all it holds, as far as it can. */
  static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder the system cleans up anyway
    }
  }

  TestServer server() {
    return server;
  }
}
