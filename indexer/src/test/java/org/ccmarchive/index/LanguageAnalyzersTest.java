package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Each UN language's text field analyses its own way; the neutral field only folds. */
class LanguageAnalyzersTest {

  private final Analyzer analyzer = new IndexSchema().analyzer();

  private List<String> tokens(String field, String text) throws IOException {
    return Terms.of(analyzer, field, text);
  }

  private List<String> tokens(String language, String a, String b) throws IOException {
    return List.of(
        String.join(" ", tokens(IndexSchema.textField(language), a)),
        String.join(" ", tokens(IndexSchema.textField(language), b)));
  }

  private void sameTerms(String language, String a, String b) throws IOException {
    List<String> t = tokens(language, a, b);
    assertThat(t.get(0)).as(a + " / " + b).isEqualTo(t.get(1)).isNotEmpty();
  }

  @Test
  void englishStemsPluralsAway() throws IOException {
    sameTerms("en", "munitions", "munition");
    sameTerms("en", "reporting", "report");
  }

  @Test
  void frenchStemsAndFoldsAccentsAndElision() throws IOException {
    sameTerms("fr", "munitions", "munition");
    sameTerms("fr", "États parties", "etats partie");
    sameTerms("fr", "l'article", "article");
    sameTerms("fr", "victimes", "victime");
  }

  @Test
  void spanishStemsAndFoldsAccents() throws IOException {
    sameTerms("es", "víctimas", "víctima");
    sameTerms("es", "víctimas", "victimas");
    sameTerms("es", "municiones", "munición");
  }

  @Test
  void russianIsTokenisedAndStemmed() throws IOException {
    assertThat(tokens(IndexSchema.textField("ru"), "Кассетные боеприпасы запрещены")).hasSize(3);
    sameTerms("ru", "боеприпасы", "боеприпасов");
    sameTerms("ru", "Конвенция", "конвенции");
  }

  @Test
  void arabicIsTokenisedAndNormalised() throws IOException {
    List<String> t = tokens(IndexSchema.textField("ar"), "اتفاقية الذخائر العنقودية");
    assertThat(t).hasSize(3);
    // the definite article is stripped by Arabic light stemming
    sameTerms("ar", "الضحايا", "ضحايا");
  }

  @Test
  void chineseIsSegmentedIntoWords() throws IOException {
    List<String> t = tokens(IndexSchema.textField("zh"), "集束弹药公约缔约国会议");
    assertThat(t).contains("弹药", "公约").hasSizeGreaterThan(2).hasSizeLessThan(11);
  }

  @Test
  void neutralFieldFoldsButDoesNotStem() throws IOException {
    assertThat(tokens(IndexSchema.TEXT_NEUTRAL, "États Parties munitions 2024"))
        .containsExactly("etats", "parties", "munitions", "2024");
  }

  @Test
  void symbolsAreOneFoldedKeyword() throws IOException {
    assertThat(tokens(IndexSchema.SYMBOL, "CCM/MSP/2024/11")).containsExactly("ccm/msp/2024/11");
  }
}
