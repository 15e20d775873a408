package org.ccmarchive.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordGeneratorTest {

  @Test
  void sameSeedAndNumberGiveTheSameRecordInAnyOrder() {
    RecordGenerator a = new RecordGenerator(7);
    RecordGenerator b = new RecordGenerator(7);
    SyntheticRecord late = b.record(41);
    b.record(3);
    assertThat(a.record(41)).isEqualTo(late);
    assertThat(new RecordGenerator(8).record(41)).isNotEqualTo(late);
  }

  @Test
  void corpusMixesLanguagesFormatsYearsAndHasUniquePaths() {
    RecordGenerator g = new RecordGenerator(7);
    Set<String> langs = new HashSet<>();
    Set<SyntheticRecord.Format> formats = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    Set<String> paths = new HashSet<>();
    long paragraphs = 0;
    for (int i : IntStream.range(0, 500).toArray()) {
      SyntheticRecord r = g.record(i);
      langs.add(r.language());
      formats.add(r.format());
      years.add(r.date().getYear());
      paths.add(r.path());
      paragraphs += r.paragraphs();
    }
    assertThat(langs).containsExactlyInAnyOrder("en", "fr", "es");
    assertThat(formats).containsExactlyInAnyOrder(SyntheticRecord.Format.values());
    assertThat(years).hasSize(17);
    assertThat(paths).hasSize(500);
    // 20,000 records should give 1 to 2 million paragraphs.
    assertThat(paragraphs * 40).isBetween(1_000_000L, 2_000_000L);
  }
}
