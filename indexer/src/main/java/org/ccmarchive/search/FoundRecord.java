package org.ccmarchive.search;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;

/**
 * A record on a page of results: its score, how many passages matched, the best of them, and which
 * tier found it.
 */
record FoundRecord(String id, float score, long matching, ScoreDoc[] best, RecordHit.Match match) {

  FoundRecord(String id, float score, long matching, ScoreDoc[] best) {
    this(id, score, matching, best, RecordHit.Match.PASSAGE);
  }

  static List<FoundRecord> of(TopGroups<BytesRef> groups) {
    return Arrays.stream(groups.groups)
        .map(
            g ->
                new FoundRecord(
                    g.groupValue().utf8ToString(), score(g), g.totalHits().value(), g.scoreDocs()))
        .toList();
  }

  /** A second-tier record shows the best passage of each part of the query, in reading order. */
  static FoundRecord of(RecordTier.Found f) {
    ScoreDoc[] best =
        f.passages().stream()
            .sorted()
            .map(doc -> new ScoreDoc(doc, f.score()))
            .toArray(ScoreDoc[]::new);
    return new FoundRecord(f.recordId(), f.score(), f.matching(), best, RecordHit.Match.RECORD);
  }

  /**
   * The group's best passage score. When the time budget ends the search between grouping's two
   * passes, the second never saw the group and its max score is NaN (which JSON would carry as a
   * string); the first pass's sort value is then the score, or 0 when sorted by date.
   */
  static float score(GroupDocs<BytesRef> g) {
    if (Float.isFinite(g.maxScore())) {
      return g.maxScore();
    }
    Object[] sortValues = g.groupSortValues();
    if (sortValues != null) {
      for (Object v : sortValues) {
        if (v instanceof Float f && Float.isFinite(f)) {
          return f;
        }
      }
    }
    return 0f;
  }
}
