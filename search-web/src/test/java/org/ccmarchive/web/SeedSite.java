package org.ccmarchive.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.testing.TempFolders;
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

  private Path work;
  private TestServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    work = Files.createTempDirectory("ccm-seed-site");
    // The index one level down: the indexer writes its report beside the index folder.
    server = TestServer.start(TestCorpus.seedCorpus(), work.resolve("index"));
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      TempFolders.delete(work);
    }
  }

  TestServer server() {
    return server;
  }
}
