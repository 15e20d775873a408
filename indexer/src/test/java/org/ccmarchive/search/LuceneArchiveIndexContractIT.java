package org.ccmarchive.search;

import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.SeedIndex;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded Lucene index meets the {@link ArchiveIndex} contract over the seed corpus. */
@ExtendWith(SeedIndex.class)
class LuceneArchiveIndexContractIT extends ArchiveIndexContract {

  static LuceneArchiveIndex index;

  @BeforeAll
  static void open(SeedIndex.Built seed) throws Exception {
    index = LuceneArchiveIndex.open(seed.path(), new IndexSchema(), TestLimits.unhurried());
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
