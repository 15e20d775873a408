package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  private final ArticleExtractor articles = new ArticleExtractor(SpeakerPatterns.english());

  @Test
  void paragraphOfAnArticleCountsAsTheArticle() {
    assertThat(articles.find("according to the provisions in Article 3.6.", ""))
        .containsExactly("Article 3");
  }

  @Test
  void severalArticlesInOneReference() {
    assertThat(articles.find("outstanding Articles 7 and 9 obligations", ""))
        .containsExactly("Article 7", "Article 9");
    assertThat(articles.find("Article 7 and 9 Obligations", ""))
        .containsExactly("Article 7", "Article 9");
  }

  @Test
  void extensionRequestUnderArticle4() {
    assertThat(articles.find("its Article 4 extension request involved clearance", ""))
        .containsExactly("Article 4");
  }

  @Test
  void passageInheritsTheArticleOfItsSectionHeading() {
    assertThat(
            articles.find(
                "Chad: Chad submitted its initial draft extension request on 21 November.",
                "6. Update by the ISU › 6.6 Article 4 Extension Requests"))
        .containsExactly("Article 4");
  }

  @Test
  void numbersThatAreNotArticlesOfTheConventionAreIgnored() {
    assertThat(articles.find("Article 45 of another treaty; LAP Action 11; 12MSP", "")).isEmpty();
  }

  @Test
  void frenchArticlesAfterAnElidedArticleAndInALists() {
    ArticleExtractor fr = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("fr")));
    assertThat(fr.find("des demandes présentées au titre de l'article 4", ""))
        .containsExactly("Article 4");
    assertThat(fr.find("les articles 3 et 4 de la Convention", ""))
        .containsExactly("Article 3", "Article 4");
    assertThat(fr.find("au titre du point 5 de l'ordre du jour", "")).isEmpty();
  }

  @Test
  void spanishArticlesWithAndWithoutAccentOnTheList() {
    ArticleExtractor es = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("es")));
    assertThat(es.find("en virtud del artículo 5 de la Convención", ""))
        .containsExactly("Article 5");
    assertThat(es.find("los artículos 6 y 7 exigen", "")).containsExactly("Article 6", "Article 7");
    assertThat(es.find("en relación con el tema 6 del programa", "")).isEmpty();
  }

  @Test
  void aFrenchPassageInheritsTheArticleOfItsSectionHeading() {
    ArticleExtractor fr = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("fr")));
    assertThat(
            fr.find(
                "Le Comité a décidé de transmettre ses observations.", "3. Demandes (article 4)"))
        .containsExactly("Article 4");
  }

  @Test
  void arabicArticlesInDigitsAndInOrdinalWords() {
    ArticleExtractor ar = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("ar")));
    assertThat(ar.find("التزامات التطهير بموجب المادة 4 من الاتفاقية", ""))
        .containsExactly("Article 4");
    assertThat(ar.find("وفقا للمادة الرابعة والمادة ٧", ""))
        .containsExactly("Article 4", "Article 7");
    assertThat(ar.find("المادتين 3 و5", "")).containsExactly("Article 3", "Article 5");
    assertThat(ar.find("أحكام المادة الحادية والعشرين", "")).containsExactly("Article 21");
  }

  @Test
  void russianArticlesInAnyCase() {
    ArticleExtractor ru = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("ru")));
    assertThat(ru.find("в соответствии со статьёй 4 Конвенции", "")).containsExactly("Article 4");
    assertThat(ru.find("доклады по статье 7 и статьи 3 и 5", ""))
        .containsExactly("Article 7", "Article 3", "Article 5");
  }

  @Test
  void chineseArticlesWrittenAroundTheirNumber() {
    ArticleExtractor zh = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("zh")));
    assertThat(zh.find("根据第四条开展清除工作，并按第7条提交报告。", "")).containsExactly("Article 4", "Article 7");
    assertThat(zh.find("第二十一条规定", "")).containsExactly("Article 21");
    assertThat(zh.find("第三十条", "")).isEmpty();
  }

  @Test
  void aRangeOfArticlesNamesEveryArticleInIt() {
    assertThat(articles.find("obligations under Articles 3 to 6 were reviewed", ""))
        .containsExactly("Article 3", "Article 4", "Article 5", "Article 6");
    ArticleExtractor es = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("es")));
    assertThat(es.find("el plan abarca los artículos 4 a 6 y el artículo 9", ""))
        .containsExactly("Article 4", "Article 5", "Article 6", "Article 9");
    ArticleExtractor fr = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("fr")));
    assertThat(fr.find("traiter séparément les articles 3 à 5", ""))
        .containsExactly("Article 3", "Article 4", "Article 5");
  }

  @Test
  void aChineseRangeBetweenTwoOrdinalsNamesEveryArticleInIt() {
    ArticleExtractor zh = new ArticleExtractor(SpeakerPatterns.load(java.util.List.of("zh")));
    assertThat(zh.find("审议了第四至第六条的执行情况。", ""))
        .containsExactly("Article 4", "Article 5", "Article 6");
  }

  @Test
  void aListOfArticlesIsNoRange() {
    assertThat(articles.find("Articles 3 and 7 apply", ""))
        .containsExactly("Article 3", "Article 7");
  }
}
