package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small Arabic, Russian and Chinese records: detected, analysed and found, also cross-lingually.
 */
class ArabicRussianChineseSearchIT {

  private static final String RU = "cc-zasedanie.ru.txt";
  private static final String ZH = "cc-huiyi.zh.txt";
  private static final String AR = "cc-ijtima.ar.txt";

  @TempDir static Path work; // the index in work/index: its report goes beside it
  static LuceneArchiveIndex service;

  @BeforeAll
  static void index() throws Exception {
    Path indexDir = work.resolve("index");
    TestCorpus.index(TestCorpus.resource("multilingual/samples"), indexDir);
    service = LuceneArchiveIndex.open(indexDir, new IndexSchema(), TestLimits.unhurried());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static List<String> ids(String q, boolean xl) {
    return service.search(new SearchRequest(q, 1, 10, xl)).hits().stream()
        .map(h -> h.record().id())
        .toList();
  }

  @Test
  void eachRecordsLanguageIsDetected() {
    assertThat(service.summary(RU).orElseThrow().language()).contains("ru");
    assertThat(service.summary(ZH).orElseThrow().language()).contains("zh");
    assertThat(service.summary(AR).orElseThrow().language()).contains("ar");
  }

  @Test
  void wordFormsMatchInRussianChineseAndArabic() {
    assertThat(ids("боеприпасы", false)).containsExactly(RU);
    assertThat(ids("弹药", false)).containsExactly(ZH);
    assertThat(ids("ضحايا", false)).containsExactly(AR);
  }

  @Test
  void anEnglishGlossaryTermFindsAllThreeOnlyWhenCrossLingual() {
    assertThat(ids("stockpile destruction", true)).containsExactlyInAnyOrder(RU, ZH, AR);
    assertThat(ids("stockpile destruction", false)).isEmpty();
  }

  @Test
  void chineseMatchesAreHighlighted() {
    PassageHit p =
        service
            .search(new SearchRequest("受害者援助", 1, 10, false))
            .hits()
            .getFirst()
            .passages()
            .getFirst();
    assertThat(p.language()).isEqualTo("zh");
    assertThat(p.snippet().html()).contains("<mark>");
  }
}
