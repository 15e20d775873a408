package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.SolrQuery;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.PassageBuilder;
import org.ccmarchive.testing.LocalSolrCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two indexing runs, each limited to its own folder of the corpus ({@code --part}), writing one
 * SolrCloud collection at the same time: neither removes the other's records, and together they
 * make what one whole-corpus run makes.
 */
class SolrPartsIT {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void twoPartsIndexedAtOnceFillOneCollection(@TempDir Path work) throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    int files = CorpusPartsIT.writeTwoParts(corpus);
    try (LocalSolrCloud cloud = LocalSolrCloud.start(work.resolve("solr"));
        SolrCluster cluster = new SolrCluster(List.of(cloud.url()), "ccm_parts", QUIET)) {
      assertThatThrownBy(() -> run(cluster, corpus, Path.of("east"), false))
          .as("no collection yet: each part would build its own and swap the alias")
          .isInstanceOf(IOException.class)
          .hasMessageContaining("does not exist");

      // The empty collection the parts fill: a full run over an empty folder.
      Path empty = Files.createDirectories(work.resolve("empty"));
      assertThat(run(cluster, empty, null, true).indexed()).isZero();
      assertThat(cluster.aliased()).hasSize(1);

      ExecutorService two = Executors.newFixedThreadPool(2);
      try {
        Callable<IndexReport> east = () -> run(cluster, corpus, Path.of("east"), false);
        Callable<IndexReport> west = () -> run(cluster, corpus, Path.of("west"), false);
        List<Future<IndexReport>> done = two.invokeAll(List.of(east, west));
        for (Future<IndexReport> f : done) {
          assertThat(f.get().added()).isEqualTo(3);
          assertThat(f.get().deleted()).isZero();
        }
      } finally {
        two.shutdownNow();
      }
      long records =
          cluster
              .call(
                  "counting records",
                  c ->
                      c.query(
                          cluster.alias(),
                          new SolrQuery("*:*")
                              .addFilterQuery(IndexSchema.KIND + ":" + IndexSchema.KIND_RECORD)
                              .setRows(0)))
              .getResults()
              .getNumFound();
      assertThat(records).isEqualTo(files);

      IndexReport whole = run(cluster, corpus, null, false);
      assertThat(whole.unchanged()).isEqualTo(files);
      assertThat(whole.indexed() + whole.deleted() + whole.failures().size()).isZero();

      assertThatThrownBy(() -> run(cluster, corpus, Path.of("west"), true))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("--part west");
      assertThat(run(cluster, corpus, null, false).unchanged()).isEqualTo(files);
    }
  }

  /** One run as {@code ./ccm index [--part P] [--full]} makes it, each file parsed in process. */
  private static IndexReport run(SolrCluster cluster, Path corpus, Path part, boolean full)
      throws IOException {
    CorpusIndexer indexer =
        new CorpusIndexer(
            new IndexSchema(),
            new RecordReader(new DocumentExtractor(), new PassageBuilder()),
            QUIET,
            IndexOptions.defaults().withThreads(2).withPart(part),
            null);
    return new SolrIndexer(cluster, SolrIndexer.DEFAULT_SHARDS).run(corpus, indexer, full, QUIET);
  }
}
