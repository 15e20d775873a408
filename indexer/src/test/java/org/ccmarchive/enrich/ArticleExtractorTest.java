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
}
