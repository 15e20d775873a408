package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FoundRecordTest {

  private static GroupDocs<BytesRef> group(float maxScore, Object... sortValues) {
    return new GroupDocs<>(
        maxScore,
        maxScore,
        new TotalHits(3, TotalHits.Relation.EQUAL_TO),
        new ScoreDoc[0],
        new BytesRef("a-record.pdf"),
        sortValues);
  }

  @Test
  void aGroupTheSecondPassNeverSawTakesItsFirstPassScore() {
    // The time budget ended the search between grouping's passes: no max score.
    assertThat(FoundRecord.score(group(Float.NaN, 4.25f))).isEqualTo(4.25f);
  }

  @Test
  void aScoreIsAlwaysAFiniteNumber() {
    assertThat(FoundRecord.score(group(Float.NaN, 20250312L))).isZero();
    assertThat(FoundRecord.score(group(Float.NaN))).isZero();
    assertThat(FoundRecord.score(group(2.5f, 9f))).isEqualTo(2.5f);
  }
}
