package org.ccmarchive.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.ccmarchive.enrich.AttendanceCodec;
import org.ccmarchive.enrich.PassageFacts;
import org.ccmarchive.index.IndexSchema;

/**
 * Field mapping: stored record and passage entries read back as plain records ({@link
 * RecordSummary}, {@link PassageHit}), and the look-ups of one entry by id, position or number.
 */
final class StoredDocs {

  private StoredDocs() {}

  static Optional<RecordSummary> summary(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(ArchiveQueries.recordEntry(id), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(summary(searcher.storedFields().document(top.scoreDocs[0].doc)));
  }

  /** A stored record entry's facts. */
  static RecordSummary summary(Document d) {
    return new RecordSummary(
        d.get(IndexSchema.RECORD_ID),
        d.get(IndexSchema.TITLE),
        d.get(IndexSchema.FILE),
        d.get(IndexSchema.FORMAT),
        d.get(IndexSchema.MEDIA_TYPE),
        Optional.ofNullable(d.get(IndexSchema.TYPE)),
        Optional.ofNullable(d.get(IndexSchema.MEETING)),
        Optional.ofNullable(d.get(IndexSchema.DATE)),
        Optional.ofNullable(d.get(IndexSchema.LANGUAGE)),
        intValue(d, IndexSchema.PAGE_COUNT).orElse(0),
        d.getField(IndexSchema.SIZE_BYTES).numericValue().longValue(),
        Optional.ofNullable(d.get(IndexSchema.SYMBOL)),
        List.of(d.getValues(IndexSchema.CITED_SYMBOLS)),
        Optional.ofNullable(d.get(IndexSchema.PLACE)),
        AttendanceCodec.fromJson(d.get(IndexSchema.ATTENDANCE)));
  }

  /** The summary of a record a passage was found in: the index always holds its entry. */
  static RecordSummary recordSummary(IndexSearcher searcher, String id) throws IOException {
    return summary(searcher, id)
        .orElseThrow(() -> new IllegalStateException("record entry missing: " + id));
  }

  static PassageHit passage(Document d, String highlighted) {
    String text = d.get(IndexSchema.TEXT);
    int ordinal = intValue(d, IndexSchema.ORDINAL).orElseThrow();
    SafeHtml snippet = highlighted != null ? SafeHtml.trusted(highlighted) : SafeHtml.escape(text);
    return new PassageHit(
        d.get(IndexSchema.RECORD_ID) + "#p" + ordinal,
        ordinal,
        Optional.ofNullable(d.get(IndexSchema.PARAGRAPH)),
        intValue(d, IndexSchema.PAGE),
        d.get(IndexSchema.SECTION),
        d.get(IndexSchema.PASSAGE_KIND),
        text,
        snippet,
        facts(d),
        d.get(IndexSchema.PASSAGE_LANGUAGE));
  }

  private static PassageFacts facts(Document d) {
    return new PassageFacts(
        List.of(d.getValues(IndexSchema.SPEAKER)),
        List.of(d.getValues(IndexSchema.PERSON)),
        List.of(d.getValues(IndexSchema.ARTICLE)),
        List.of(d.getValues(IndexSchema.TOPIC)),
        List.of(d.getValues(IndexSchema.COUNTRY)),
        "true".equals(d.get(IndexSchema.DECISION)));
  }

  private static Optional<Integer> intValue(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? Optional.empty() : Optional.of(f.numericValue().intValue());
  }

  static Optional<Document> recordDoc(IndexSearcher searcher, String id) throws IOException {
    return first(searcher, ArchiveQueries.recordEntry(id));
  }

  static Optional<Document> passageDoc(IndexSearcher searcher, String id, int ordinal)
      throws IOException {
    return passageOf(searcher, id, IntPoint.newExactQuery(IndexSchema.ORDINAL, ordinal));
  }

  static Optional<Document> numberedPassage(IndexSearcher searcher, String id, String number)
      throws IOException {
    return passageOf(searcher, id, new TermQuery(new Term(IndexSchema.PARAGRAPH, number)));
  }

  /** The first passage of record {@code id} that {@code which} matches. */
  private static Optional<Document> passageOf(IndexSearcher searcher, String id, Query which)
      throws IOException {
    return first(
        searcher,
        new BooleanQuery.Builder()
            .add(ArchiveQueries.passagesOf(id), BooleanClause.Occur.FILTER)
            .add(which, BooleanClause.Occur.FILTER)
            .build());
  }

  private static Optional<Document> first(IndexSearcher searcher, Query q) throws IOException {
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }
}
