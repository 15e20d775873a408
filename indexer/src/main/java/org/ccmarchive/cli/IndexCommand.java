package org.ccmarchive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.index.CorpusFiles;
import org.ccmarchive.index.CorpusIndexer;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.Progress;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.PassageBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code index}: builds the index from the corpus folder. Exit 0 unless nothing was indexed. */
@Command(name = "index", description = "Index the corpus folder.", mixinStandardHelpOptions = true)
public final class IndexCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      description = "Corpus folder (default: ${DEFAULT-VALUE})",
      defaultValue = "corpus")
  Path corpus;

  @Option(
      names = "--index",
      description = "Index folder (default: ${DEFAULT-VALUE})",
      defaultValue = "data/index")
  Path index;

  @Option(names = "--full", description = "Rebuild from scratch.")
  boolean full;

  @Option(
      names = "--progress",
      description = "bar (terminal) or lines (logs); default: ${DEFAULT-VALUE}",
      defaultValue = "lines")
  String progress;

  @Override
  public Integer call() throws Exception {
    IndexSchema schema = new IndexSchema();
    RecordReader reader = new RecordReader(new DocumentExtractor(), new PassageBuilder());
    CorpusIndexer indexer = new CorpusIndexer(schema, reader, System.err);
    int total = CorpusFiles.list(corpus.toAbsolutePath().normalize()).size();
    IndexReport report =
        indexer.rebuild(
            corpus, index, Progress.forConsole(total, "bar".equals(progress), System.err));
    System.err.println(report.summary());
    for (IndexReport.Failure f : report.failures()) {
      System.err.println("  failed: " + f.file() + ": " + f.reason());
    }
    if (report.indexed() == 0) {
      System.err.println("nothing could be indexed from " + corpus);
      return 1;
    }
    return 0;
  }
}
