package org.ccmarchive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * One SolrCloud collection as an indexing target. Documents are sent in batches; a record being
 * replaced has its old documents deleted (by record id, so passages a shorter new version no longer
 * has go too) in the request before its new ones. A batch the cluster cannot take for now is
 * retried by {@link SolrCluster#call}; the incremental state (hash, size, time of each file) is
 * read back from the record and failure entries.
 */
final class SolrTarget implements IndexTarget {

  /** Documents per update request: large enough to amortise a round trip, small to retry. */
  static final int BATCH = 500;

  private static final int PAGE = 1000;

  private final SolrCluster cluster;
  private final String collection;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private final Set<String> replaced = new LinkedHashSet<>();

  /** True for a new, empty collection (a full rebuild): nothing to delete before adding. */
  private final boolean empty;

  SolrTarget(SolrCluster cluster, String collection, boolean empty) {
    this.cluster = cluster;
    this.collection = collection;
    this.empty = empty;
  }

  @Override
  public Map<String, IndexedFiles.Entry> known() throws IOException {
    Map<String, IndexedFiles.Entry> out = new HashMap<>();
    if (empty) {
      return out;
    }
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q =
          new SolrQuery("*:*")
              .addFilterQuery(
                  SolrCluster.anyOf(
                      IndexSchema.KIND, List.of(IndexSchema.KIND_RECORD, IndexSchema.KIND_FAILURE)))
              .setFields(
                  IndexSchema.RECORD_ID,
                  IndexSchema.FILE,
                  IndexSchema.CONTENT_HASH,
                  IndexSchema.SIZE_BYTES,
                  IndexSchema.FILE_MTIME,
                  IndexSchema.FAILURE_REASON,
                  IndexSchema.METADATA_HASH)
              .setRows(PAGE)
              .setSort(SolrConfigset.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = cluster.call("reading the indexed files", c -> c.query(collection, q));
      for (SolrDocument d : r.getResults()) {
        IndexedFiles.Entry e =
            new IndexedFiles.Entry(
                (String) d.getFirstValue(IndexSchema.RECORD_ID),
                (String) d.getFirstValue(IndexSchema.FILE),
                (String) d.getFirstValue(IndexSchema.CONTENT_HASH),
                longValue(d, IndexSchema.SIZE_BYTES),
                longValue(d, IndexSchema.FILE_MTIME),
                (String) d.getFirstValue(IndexSchema.FAILURE_REASON),
                (String) d.getFirstValue(IndexSchema.METADATA_HASH));
        out.put(e.id(), e);
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  @Override
  public boolean committed() {
    return !empty;
  }

  private static long longValue(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v instanceof Number n ? n.longValue() : -1;
  }

  @Override
  public synchronized void delete(String recordId) throws IOException {
    if (!empty) {
      replaced.add(recordId);
    }
  }

  @Override
  public synchronized void replace(String recordId, List<Document> docs) throws IOException {
    delete(recordId);
    for (Document d : docs) {
      pending.add(SolrDocuments.of(d));
    }
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  /** Sends what is pending: the deletions first, then the documents, each retried as a whole. */
  private void flush() throws IOException {
    if (!replaced.isEmpty()) {
      UpdateRequest delete = new UpdateRequest();
      delete.deleteByQuery(SolrCluster.anyOf(IndexSchema.RECORD_ID, replaced));
      cluster.call(
          "deleting " + replaced.size() + " replaced records", c -> delete.process(c, collection));
      replaced.clear();
    }
    if (!pending.isEmpty()) {
      UpdateRequest add = new UpdateRequest();
      add.add(List.copyOf(pending));
      cluster.call("sending " + pending.size() + " documents", c -> add.process(c, collection));
      pending.clear();
    }
  }

  @Override
  public synchronized void commit() throws IOException {
    flush();
    cluster.call("committing", c -> c.commit(collection));
  }
}
