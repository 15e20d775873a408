package org.ccmarchive.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.ccmarchive.index.IndexSchema;

/** Every passage a search matches, as export rows, in the search's order, up to a cap. */
final class PassageExport {

  private PassageExport() {}

  /** Writes at most {@code cap} rows to {@code sink}; returns how many passages match in all. */
  static long run(IndexSearcher searcher, Query query, SortOrder order, int cap, RowSink sink)
      throws IOException {
    TopDocs top = searcher.search(query, Math.max(1, cap), sort(order));
    StoredFields stored = searcher.storedFields();
    Map<String, RecordSummary> records = new HashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      PassageHit p = StoredDocs.passage(stored.document(sd.doc), null);
      RecordSummary r = records.get(p.recordId());
      if (r == null) {
        r = StoredDocs.summary(searcher, p.recordId()).orElseThrow();
        records.put(p.recordId(), r);
      }
      sink.accept(new ExportRow(r, p));
    }
    return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value()
        : searcher.count(query);
  }

  /** Ties (every passage of a browse scores the same) fall back to record and paragraph order. */
  private static Sort sort(SortOrder order) {
    SortField record = new SortField(IndexSchema.RECORD_ID, SortField.Type.STRING);
    SortField ordinal = new SortField(IndexSchema.ORDINAL, SortField.Type.INT);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, record, ordinal);
      case NEWEST, OLDEST -> new Sort(order.dateSortField(), record, ordinal);
    };
  }
}
