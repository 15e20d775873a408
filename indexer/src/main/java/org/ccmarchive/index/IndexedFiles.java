package org.ccmarchive.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/** What the index already holds for each file: the state an incremental run compares against. */
final class IndexedFiles {

  /**
   * One record or remembered failure.
   *
   * @param failure non-null when the file failed and no record was written for it
   */
  record Entry(
      String id,
      String file,
      String hash,
      long size,
      long mtime,
      String failure,
      String metadataHash) {

    /** True when the hand-set metadata is what it was; entries from before it was kept had none. */
    boolean sameMetadata(String current) {
      return current.equals(metadataHash == null ? "" : metadataHash);
    }
  }

  private IndexedFiles() {}

  /** Entries by record id, read from the last commit; none when there is no index yet. */
  static Map<String, Entry> read(Directory dir) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    if (!DirectoryReader.indexExists(dir)) {
      return entries;
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String kind : Set.of(IndexSchema.KIND_RECORD, IndexSchema.KIND_FAILURE)) {
        q.add(new TermQuery(new Term(IndexSchema.KIND, kind)), BooleanClause.Occur.SHOULD);
      }
      TopDocs top = searcher.search(q.build(), Math.max(1, reader.maxDoc()));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Entry e = entry(stored.document(sd.doc));
        entries.put(e.id(), e);
      }
    }
    return entries;
  }

  private static Entry entry(Document d) {
    return new Entry(
        d.get(IndexSchema.RECORD_ID),
        d.get(IndexSchema.FILE),
        d.get(IndexSchema.CONTENT_HASH),
        longValue(d, IndexSchema.SIZE_BYTES),
        longValue(d, IndexSchema.FILE_MTIME),
        d.get(IndexSchema.FAILURE_REASON),
        d.get(IndexSchema.METADATA_HASH));
  }

  private static long longValue(Document d, String field) {
    var f = d.getField(field);
    return f == null || f.numericValue() == null ? -1 : f.numericValue().longValue();
  }
}
