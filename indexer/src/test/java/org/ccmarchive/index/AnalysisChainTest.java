package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The Arabic and Chinese chains, declared step by step as data, analyse exactly as the Lucene
 * analyzers they replace did: same terms, same query-time normalisation.
 */
class AnalysisChainTest {

  private static final List<String> ARABIC =
      List.of(
          "اتفاقية الذخائر العنقودية ٢٠٢٤ والدول الأطراف في المادة ٤",
          "قدّمت الدولة تقريرها السنوي عن إزالة المخلفات، وهي من الضحايا.",
          "Mixed نص with Latin words and 123 digits");

  private static final List<String> CHINESE =
      List.of(
          "集束弹药公约缔约国第十二次会议，于日内瓦举行。",
          "《公约》第4条：清除和销毁集束弹药残留物 #1 (2024)!",
          "Reporting States 报告 Running munitions");

  @Test
  void arabicChainIsLucenesArabicAnalyzer() throws IOException {
    assertSameAnalysis(Analyzers.languageText("ar").analyzer(), new ArabicAnalyzer(), ARABIC);
  }

  @Test
  void chineseChainIsLucenesSmartChineseAnalyzer() throws IOException {
    assertSameAnalysis(
        Analyzers.languageText("zh").analyzer(), new SmartChineseAnalyzer(), CHINESE);
  }

  @Test
  void chainsNormaliseQueryTermsAsTheHandWrittenAnalyzersDid() {
    Analyzer fr = Analyzers.languageText("fr").analyzer();
    assertThat(fr.normalize("f", "L'ÉTAT").utf8ToString()).isEqualTo("etat");
    Analyzer en = Analyzers.ENGLISH_TEXT.analyzer();
    // Possessives and stems are index-time only; case and accents fold at query time too.
    assertThat(en.normalize("f", "Côte's").utf8ToString()).isEqualTo("cote's");
    Analyzer ar = Analyzers.languageText("ar").analyzer();
    assertThat(ar.normalize("f", "أ٤").utf8ToString())
        .isEqualTo(new ArabicAnalyzer().normalize("f", "أ٤").utf8ToString());
  }

  private static void assertSameAnalysis(Analyzer chain, Analyzer lucene, List<String> texts)
      throws IOException {
    for (String text : texts) {
      assertThat(terms(chain, text)).as(text).isEqualTo(terms(lucene, text)).isNotEmpty();
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return Terms.of(analyzer, "f", text);
  }
}
