package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Loads a page's records with their best passages, highlighted. */
final class RecordHits {

  private final Highlighters highlighters;

  RecordHits(Highlighters highlighters) {
    this.highlighters = highlighters;
  }

  /**
   * The page's records with their best passages, all passages highlighted in one call: the
   * highlighter's per-call cost (rewriting and weighing the query) is paid once per page.
   */
  List<RecordHit> load(IndexSearcher searcher, Query userQuery, List<FoundRecord> found)
      throws IOException {
    int[] ids =
        found.stream().flatMap(f -> Arrays.stream(f.best())).mapToInt(sd -> sd.doc).toArray();
    StoredFields stored = searcher.storedFields();
    String[] snippets =
        ids.length == 0 ? new String[0] : highlighters.snippets(searcher, userQuery, ids);
    List<RecordHit> hits = new ArrayList<>(found.size());
    int next = 0;
    for (FoundRecord f : found) {
      List<PassageHit> passages = new ArrayList<>(f.best().length);
      for (ScoreDoc sd : f.best()) {
        passages.add(StoredDocs.passage(stored.document(sd.doc), snippets[next++]));
      }
      hits.add(
          new RecordHit(
              StoredDocs.recordSummary(searcher, f.id()),
              f.score(),
              f.matching(),
              passages,
              f.match()));
    }
    return hits;
  }
}
