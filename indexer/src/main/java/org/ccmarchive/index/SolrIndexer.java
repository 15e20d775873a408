package org.ccmarchive.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes a corpus folder into SolrCloud: the embedded indexer's run (plan, parse, enrich, the same
 * documents) writing to a collection. Incremental runs update the collection behind the alias in
 * place. A full run ({@code --full}, or the first) builds a new collection {@code
 * <alias>_<timestamp>}, points the alias at it when it is complete and only then deletes the
 * collection it replaced, so searches never see a half-built index; a failed full run deletes its
 * unfinished collection and leaves the alias as it was.
 */
public final class SolrIndexer {

  /** Shards of a new collection. */
  public static final int DEFAULT_SHARDS = 2;

  /** Copies of each shard, when there are that many nodes to hold them apart. */
  public static final int DEFAULT_REPLICAS = 2;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS");

  private final SolrCluster cluster;
  private final int shards;

  public SolrIndexer(SolrCluster cluster, int shards) {
    this.cluster = cluster;
    this.shards = shards;
  }

  /** Brings the cluster's alias up to date with {@code corpus}, as {@code options} say. */
  public IndexReport run(Path corpus, IndexOptions options, PrintStream log) throws IOException {
    return CorpusIndexer.withIsolatedExtraction(
        options, log, indexer -> run(corpus, indexer, options.full(), log));
  }

  /**
   * A run with {@code indexer} (tests parse in process; {@link #run(Path, IndexOptions,
   * PrintStream)} isolates).
   */
  public IndexReport run(Path corpus, CorpusIndexer indexer, boolean full, PrintStream log)
      throws IOException {
    List<String> current = cluster.aliased();
    String alias = cluster.alias();
    if (indexer.part() != null) {
      requireCollectionForPart(indexer.part(), full, current);
    }
    if (current.isEmpty() && cluster.collectionExists(alias)) {
      if (full) {
        throw new IOException(
            alias
                + " is a collection, not an alias: --full builds a new collection and swaps an"
                + " alias, so name an alias in "
                + SolrCluster.COLLECTION_VARIABLE
                + " (or delete the collection)");
      }
      return indexer.indexInto(corpus, new SolrTarget(cluster, alias, false), false, List.of());
    }
    if (!full && !current.isEmpty()) {
      return indexer.indexInto(corpus, new SolrTarget(cluster, alias, false), false, List.of());
    }
    List<String> notes = new ArrayList<>();
    if (current.isEmpty()) {
      notes.add("alias " + alias + " did not exist: built from scratch");
    }
    String fresh = alias + "_" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    int replicas = Math.min(DEFAULT_REPLICAS, Math.max(1, cluster.liveNodes()));
    cluster.createCollection(fresh, shards, replicas);
    log.printf(
        "building collection %s (%d shards x %d replicas) for alias %s%n",
        fresh, shards, replicas, alias);
    IndexReport report;
    try {
      report = indexer.indexInto(corpus, new SolrTarget(cluster, fresh, true), true, notes);
    } catch (IOException | RuntimeException e) {
      try {
        cluster.deleteCollection(fresh);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    cluster.pointAliasAt(fresh);
    List<String> after = new ArrayList<>();
    after.add("rebuilt from scratch into " + fresh + " and swapped alias " + alias + " to it");
    for (String old : current) {
      if (!old.equals(fresh)) {
        cluster.deleteCollection(old);
        after.add("deleted the replaced collection " + old);
      }
    }
    return report.withNotes(after);
  }

  /**
   * A run limited to a part adds to the collection in place: a full run, or the first (which builds
   * a collection and swaps the alias, one per process), would leave the alias at one part alone.
   * Processes that index parts at once need the collection made before them.
   */
  private void requireCollectionForPart(Path part, boolean full, List<String> current)
      throws IOException {
    if (full) {
      throw CorpusIndexer.partCannotRebuild(part, "--full");
    }
    String alias = cluster.alias();
    if (current.isEmpty() && !cluster.collectionExists(alias)) {
      throw new IOException(
          "alias "
              + alias
              + " does not exist: --part "
              + part
              + " adds to an existing collection; build it first with ./ccm index --full (over"
              + " an empty folder for an empty collection), then index the parts into it");
    }
  }
}
