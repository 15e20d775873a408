package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Loads a page's records with their best passages, highlighted. */
final class RecordHits {

  /**
   * Record summaries kept per index generation: a page read each of its records' stored entry again
   * on every search (7 % of a search, docs/benchmarks.md), though a summary changes only with the
   * index. A few thousand small records; the least recently shown goes first.
   */
  static final int CACHED_SUMMARIES = 4096;

  private final Highlighters highlighters;
  private final GenerationCache<String, RecordSummary> summaries =
      new GenerationCache<>(CACHED_SUMMARIES);

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
    List<Document> docs = loaded(searcher.storedFields(), ids);
    String[] snippets =
        ids.length == 0 ? new String[0] : highlighters.snippets(searcher, userQuery, ids, docs);
    List<RecordHit> hits = new ArrayList<>(found.size());
    int next = 0;
    for (FoundRecord f : found) {
      List<PassageHit> passages = new ArrayList<>(f.best().length);
      for (int k = 0; k < f.best().length; k++, next++) {
        passages.add(StoredDocs.passage(docs.get(next), snippets[next]));
      }
      hits.add(
          new RecordHit(summary(searcher, f.id()), f.score(), f.matching(), passages, f.match()));
    }
    return hits;
  }

  private RecordSummary summary(IndexSearcher searcher, String id) throws IOException {
    var reader = searcher.getIndexReader();
    var kept = summaries.get(reader, id);
    if (kept.isPresent()) {
      return kept.get();
    }
    RecordSummary read = StoredDocs.recordSummary(searcher, id);
    summaries.put(reader, id, read);
    return read;
  }

  /**
   * Each passage's stored entry, read once for the page (the highlighter and the hit share it), in
   * index order so that neighbouring passages decompress their shared block once.
   */
  private static List<Document> loaded(StoredFields stored, int[] ids) throws IOException {
    int[] inOrder = ids.clone();
    Arrays.sort(inOrder);
    Map<Integer, Document> byId = new HashMap<>();
    for (int id : inOrder) {
      if (!byId.containsKey(id)) {
        byId.put(id, stored.document(id));
      }
    }
    List<Document> docs = new ArrayList<>(ids.length);
    for (int id : ids) {
      docs.add(byId.get(id));
    }
    return docs;
  }
}
