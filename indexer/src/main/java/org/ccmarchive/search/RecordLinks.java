package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.ccmarchive.index.IndexSchema;

/** Citations between records: symbols a record cites, and the records citing it. */
final class RecordLinks {

  /** More citing records than this are not listed one by one. */
  static final int MAX_CITED_BY = 100;

  private final Analyzer analyzer;

  RecordLinks(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The cited symbols, each with the record bearing it when the archive holds one. */
  List<RecordDetail.RecordLink> cites(IndexSearcher searcher, RecordSummary record)
      throws IOException {
    List<RecordDetail.RecordLink> links = new ArrayList<>();
    for (String symbol : record.citedSymbols()) {
      ScoreDoc[] bearer = searcher.search(records(IndexSchema.SYMBOL, symbol), 1).scoreDocs;
      if (bearer.length == 0) {
        links.add(new RecordDetail.RecordLink(symbol, Optional.empty(), Optional.empty()));
      } else {
        Document d = searcher.storedFields().document(bearer[0].doc);
        links.add(link(symbol, d));
      }
    }
    return links;
  }

  /** Records whose cited symbols include this record's symbol. */
  List<RecordDetail.RecordLink> citedBy(IndexSearcher searcher, RecordSummary record)
      throws IOException {
    if (record.symbol().isEmpty()) {
      return List.of();
    }
    Query citing = records(IndexSchema.CITED_SYMBOLS, record.symbol().get());
    List<RecordDetail.RecordLink> links = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(citing, MAX_CITED_BY).scoreDocs) {
      Document d = stored.document(sd.doc);
      String symbol = d.get(IndexSchema.SYMBOL);
      links.add(link(symbol == null ? "" : symbol, d));
    }
    return links;
  }

  private static RecordDetail.RecordLink link(String symbol, Document d) {
    return new RecordDetail.RecordLink(
        symbol,
        Optional.of(d.get(IndexSchema.RECORD_ID)),
        Optional.ofNullable(d.get(IndexSchema.TITLE)));
  }

  /** Record entries whose {@code field} holds {@code symbol}, as written or as analysed. */
  private Query records(String field, String symbol) {
    Query symbolMatch =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(field, symbol)), BooleanClause.Occur.SHOULD)
            .add(
                new TermQuery(new Term(field, analyzer.normalize(field, symbol))),
                BooleanClause.Occur.SHOULD)
            .build();
    return new BooleanQuery.Builder()
        .add(symbolMatch, BooleanClause.Occur.FILTER)
        .add(ArchiveQueries.kind(IndexSchema.KIND_RECORD), BooleanClause.Occur.FILTER)
        .build();
  }
}
