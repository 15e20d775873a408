package org.ccmarchive.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.index.CorpusIndexer;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.Progress;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.index.SolrIndexer;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.PassageBuilder;

/** The project's corpus and test resources, and a one-call indexer for tests. */
public final class TestCorpus {

  private TestCorpus() {}

  /** The repository's {@code corpus/} folder (tests run in the module folder). */
  public static Path seedCorpus() {
    return Path.of("..", "corpus").toAbsolutePath().normalize();
  }

  public static Path resource(String relative) {
    return Path.of("src", "test", "resources").resolve(relative).toAbsolutePath().normalize();
  }

  public static IndexReport index(Path corpus, Path indexDir) throws IOException {
    IndexSchema schema = new IndexSchema();
    RecordReader reader = new RecordReader(new DocumentExtractor(), new PassageBuilder());
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    return new CorpusIndexer(schema, reader, quiet).rebuild(corpus, indexDir, Progress.silent());
  }

  /** Indexes into SolrCloud as {@link #index} does into a folder: every file parsed in process. */
  public static IndexReport indexIntoSolr(Path corpus, SolrCluster cluster, boolean full)
      throws IOException {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    RecordReader reader = new RecordReader(new DocumentExtractor(), new PassageBuilder());
    CorpusIndexer indexer = new CorpusIndexer(new IndexSchema(), reader, quiet);
    return new SolrIndexer(cluster, SolrIndexer.DEFAULT_SHARDS).run(corpus, indexer, full, quiet);
  }

  /**
   * Indexes the way {@code ./ccm index} does (isolated parser processes, incremental unless {@code
   * options.full()}), with quiet output.
   */
  public static IndexReport run(Path corpus, Path indexDir, IndexOptions options)
      throws IOException {
    return CorpusIndexer.run(
        corpus, indexDir, options, new PrintStream(OutputStream.nullOutputStream()));
  }
}
