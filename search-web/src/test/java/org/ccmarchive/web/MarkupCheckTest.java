package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The XSS checker itself: every unescaped payload is caught. */
class MarkupCheckTest {

  @Test
  void everyUnescapedMarkupPayloadIsCaught() {
    for (String payload : HostileCorpus.PAYLOADS) {
      if (payload.contains("<")) {
        assertThatThrownBy(() -> MarkupCheck.assertInert("<p>" + payload + "</p>", payload))
            .as(payload)
            .isInstanceOf(AssertionError.class);
      }
    }
    assertThatThrownBy(
            () -> MarkupCheck.assertInert("<a href=\" java\tscript:alert(1)\">x</a>", "url"))
        .isInstanceOf(AssertionError.class);
  }
}
