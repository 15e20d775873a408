package org.ccmarchive.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * Where an indexing run writes: the embedded Lucene index or a SolrCloud collection. The run (plan,
 * parse, enrich, documents) is the same for both; only storing differs. Implementations are called
 * from the parsing threads at once.
 */
interface IndexTarget {

  /** What the target already holds for each file, by record id: what a run compares against. */
  Map<String, IndexedFiles.Entry> known() throws IOException;

  /**
   * True when the target already holds a commit (an index, even an empty one): a run with nothing
   * to change then leaves it as it is.
   */
  boolean committed() throws IOException;

  /** Removes a record (its entry and passages) or a remembered failure. */
  void delete(String recordId) throws IOException;

  /**
   * Replaces everything held for {@code recordId} with {@code docs}: a record entry and its
   * passages, or one failure entry. Facet values are still {@code SortedSetDocValuesFacetField}s
   * ({@link RecordDocuments#fields}).
   */
  void replace(String recordId, List<Document> docs) throws IOException;

  /** Makes what was written so far durable (and, for Solr, visible to searches). */
  void commit() throws IOException;

  /**
   * {@link #commit}, recording that the target now matches the corpus {@code settled} describes, so
   * that a later run over the same corpus can stop there. A target that records no such state just
   * commits.
   */
  default void commit(CorpusState.Settled settled) throws IOException {
    commit();
  }

  /**
   * Records that the target, with nothing to change, matches {@code settled} (it did not say so
   * yet). A target that records no such state does nothing: a run with nothing to change commits
   * nothing there.
   */
  default void settle(CorpusState.Settled settled) throws IOException {}
}
