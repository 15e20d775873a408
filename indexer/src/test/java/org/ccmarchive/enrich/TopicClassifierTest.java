package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

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
}
