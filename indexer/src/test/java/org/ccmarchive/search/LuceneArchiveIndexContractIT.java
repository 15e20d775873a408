package org.ccmarchive.search;

import java.nio.file.Path;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Lucene index meets the {@link ArchiveIndex} contract over the seed corpus. */
class LuceneArchiveIndexContractIT extends ArchiveIndexContract {

  @TempDir static Path indexDir;
  static LuceneArchiveIndex index;

  @BeforeAll
  static void indexSeedCorpus() throws Exception {
    TestCorpus.index(TestCorpus.seedCorpus(), indexDir);
    index = LuceneArchiveIndex.open(indexDir, new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Override
  protected ArchiveIndex archive() {
    return index;
  }
}
