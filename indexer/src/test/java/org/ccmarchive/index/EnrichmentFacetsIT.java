package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.testing.SeedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The enrichment facets are written as the schema declares them, meeting as a hierarchy. */
@ExtendWith(SeedIndex.class)
class EnrichmentFacetsIT {

  @Test
  void speakerArticleAndHierarchicalMeetingFacetsAreIndexed(SeedIndex.Built seed) throws Exception {
    IndexSchema schema = new IndexSchema();
    try (var dir = FSDirectory.open(seed.path());
        var reader = DirectoryReader.open(dir)) {
      var state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
      var counts = new SortedSetDocValuesFacetCounts(state);
      assertThat(labels(counts.getTopChildren(50, IndexSchema.FACET_SPEAKER)))
          .contains("Australia", "Lao PDR", "Mexico", "ISU", "Norway", "Peru");
      assertThat(labels(counts.getTopChildren(30, IndexSchema.FACET_ARTICLE)))
          .contains("Article 3", "Article 4", "Article 7", "Article 9");
      assertThat(labels(counts.getTopChildren(10, IndexSchema.FACET_MEETING)))
          .containsExactlyInAnyOrder(
              "Coordination Committee", "Intersessional Meeting", "Meeting of States Parties");
      assertThat(
              labels(
                  counts.getTopChildren(10, IndexSchema.FACET_MEETING, "Coordination Committee")))
          .as("the English minutes, and the French and Spanish minutes of 12 March 2025")
          .containsExactlyInAnyOrder("2024-01-30", "2025-11-26", "2025-03-12");
      assertThat(labels(counts.getTopChildren(20, IndexSchema.FACET_TOPIC)))
          .contains("transparency", "clearance", "universalization");
    }
  }

  private static List<String> labels(FacetResult r) {
    return r == null ? List.of() : Arrays.stream(r.labelValues).map(lv -> lv.label).toList();
  }
}
