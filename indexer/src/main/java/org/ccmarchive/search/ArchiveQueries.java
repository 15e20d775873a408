package org.ccmarchive.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.ccmarchive.index.IndexSchema;

/** The index's basic queries: entries of one kind, the passages of a record or of a search. */
final class ArchiveQueries {

  private ArchiveQueries() {}

  static Query kind(String kind) {
    return new TermQuery(new Term(IndexSchema.KIND, kind));
  }

  /** The passages {@code userQuery} matches (never the record entries). */
  static Query passagesMatching(Query userQuery) {
    return new BooleanQuery.Builder()
        .add(userQuery, BooleanClause.Occur.MUST)
        .add(kind(IndexSchema.KIND_PASSAGE), BooleanClause.Occur.FILTER)
        .build();
  }

  static Query passagesOf(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.RECORD_ID, id)), BooleanClause.Occur.FILTER)
        .add(kind(IndexSchema.KIND_PASSAGE), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The passages of record {@code id} that {@code userQuery} matches. */
  static Query withinRecord(Query userQuery, String id) {
    return new BooleanQuery.Builder()
        .add(userQuery, BooleanClause.Occur.MUST)
        .add(passagesOf(id), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The record entry of record {@code id}. */
  static Query recordEntry(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.RECORD_ID, id)), BooleanClause.Occur.FILTER)
        .add(kind(IndexSchema.KIND_RECORD), BooleanClause.Occur.FILTER)
        .build();
  }
}
