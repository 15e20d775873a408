package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.ccmarchive.index.IndexSchema;

/** "More like this paragraph": Lucene's MoreLikeThis over the body text of one passage. */
final class SimilarPassages {

  private final LiveSearcher live;
  private final Analyzer analyzer;

  SimilarPassages(LiveSearcher live, Analyzer analyzer) {
    this.live = live;
    this.analyzer = analyzer;
  }

  /**
   * Passages most like one passage (MoreLikeThis over the body text), from any record but that
   * passage itself.
   */
  List<SimilarPassage> find(String recordId, int ordinal, int max) {
    return live.read(searcher -> find(searcher, recordId, ordinal, max));
  }

  /** Up to {@code max} passages from any record most like the given one, never itself. */
  private List<SimilarPassage> find(IndexSearcher searcher, String recordId, int ordinal, int max)
      throws IOException {
    Query self =
        new BooleanQuery.Builder()
            .add(ArchiveQueries.passagesOf(recordId), BooleanClause.Occur.FILTER)
            .add(IntPoint.newExactQuery(IndexSchema.ORDINAL, ordinal), BooleanClause.Occur.FILTER)
            .build();
    TopDocs found = searcher.search(self, 1);
    if (found.scoreDocs.length == 0) {
      return List.of();
    }
    int doc = found.scoreDocs[0].doc;
    Query like =
        new BooleanQuery.Builder()
            .add(likeText(searcher, doc), BooleanClause.Occur.MUST)
            .add(ArchiveQueries.kind(IndexSchema.KIND_PASSAGE), BooleanClause.Occur.FILTER)
            .build();
    List<SimilarPassage> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(like, max + 1).scoreDocs) {
      if (sd.doc == doc || out.size() == max) {
        continue;
      }
      PassageHit p = StoredDocs.passage(stored.document(sd.doc), null);
      RecordSummary r = StoredDocs.summary(searcher, p.recordId()).orElseThrow();
      out.add(new SimilarPassage(r, p, sd.score));
    }
    return out;
  }

  /**
   * The passage text is stored once and indexed per language plus language-neutrally: compare on
   * the neutral field, which every passage has, reading the words from the stored text.
   */
  private Query likeText(IndexSearcher searcher, int doc) throws IOException {
    String text = searcher.storedFields().document(doc).get(IndexSchema.TEXT);
    return moreLikeThis(searcher)
        .like(IndexSchema.TEXT_NEUTRAL, new java.io.StringReader(text == null ? "" : text));
  }

  /** Words seen in at least two passages, the 25 most telling, from the stored text. */
  private MoreLikeThis moreLikeThis(IndexSearcher searcher) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {IndexSchema.TEXT_NEUTRAL});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(25);
    return mlt;
  }
}
