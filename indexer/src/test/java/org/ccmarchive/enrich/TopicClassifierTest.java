package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

  private final TopicClassifier topics = new TopicClassifier();

  @Test
  void topicsComeFromTextAndSectionHeading() {
    assertThat(topics.topics("Australia expressed concerns about declining annual reporting.", ""))
        .contains("transparency");
    assertThat(
            topics.topics(
                "Zambia confirmed the retreat.", "5.4 Victim Assistance (Austria and Panama)"))
        .contains("victim assistance");
    assertThat(topics.topics("Uganda highlighted its ratification process.", ""))
        .containsExactly("universalization");
  }

  @Test
  void rulesTriedAtWordStartsAnswerAsASearchOfTheWholeTextDoes() throws IOException {
    List<String> texts = new ArrayList<>(testTexts());
    texts.add("_victims, x-clearance, 3survey, ÉCLAIRÉ clearance, \u212Aeep budgets");
    texts.add("the ISU's budget and \"survivors\"; (Article 4)");
    int tagged = 0;
    for (String text : texts) {
      List<String> expected = topicsByFind(text);
      assertThat(topics.topics(text, "")).as(text).isEqualTo(expected);
      tagged += expected.isEmpty() ? 0 : 1;
    }
    assertThat(tagged).isGreaterThan(50);
  }

  @Test
  void onlyExpressionsWhoseEveryAlternativeStartsAWordAreTriedAtWordStarts() {
    assertThat(TopicClassifier.everyAlternativeStartsAWord("\\bvictims?\\b|\\bsurvivors?\\b"))
        .isTrue();
    assertThat(TopicClassifier.everyAlternativeStartsAWord("\\bvictims?\\b|\\b(?:a|b)c\\b"))
        .isFalse();
    assertThat(TopicClassifier.everyAlternativeStartsAWord("\\bISU\\b[^.|]{0,40}\\bbudget"))
        .isTrue();
    assertThat(TopicClassifier.everyAlternativeStartsAWord("\\bvictims?|survivors")).isFalse();
    assertThat(TopicClassifier.everyAlternativeStartsAWord("\\bs?tock")).isFalse();
    assertThat(TopicClassifier.everyAlternativeStartsAWord("\\b\\d+ mines")).isFalse();
  }

  @Test
  void onlyWordsStartingWithAnAlternativesFirstLetterAreTried() {
    assertThat(TopicClassifier.asciiFirstLetters("\\bVictims?\\b|\\bsurvivors?\\b"))
        .isEqualTo("vs");
    assertThat(TopicClassifier.asciiFirstLetters("\\bvictims?|survivors")).isNull();
    assertThat(TopicClassifier.asciiFirstLetters("\\bſtock\\b")).isNull();
    assertThat(TopicClassifier.mayBeFirstLetter('S', "vs")).isTrue();
    assertThat(TopicClassifier.mayBeFirstLetter('x', "vs")).isFalse();
    assertThat(TopicClassifier.mayBeFirstLetter('\u212A', "vs")).isTrue();
  }

  /** The rule set applied the plain way: every expression searched over the whole text. */
  private static List<String> topicsByFind(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String[] row : org.ccmarchive.data.TsvFile.rows(TopicClassifier.class, "topics.tsv")) {
      if (Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(text)
          .find()) {
        out.add(row[0]);
      }
    }
    return List.copyOf(out);
  }

  /** Every line of the test corpora's plain-text files. */
  static List<String> testTexts() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readAllLines(f));
      }
    }
    return lines;
  }
}
