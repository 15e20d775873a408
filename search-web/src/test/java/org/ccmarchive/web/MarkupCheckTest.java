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
    assertThatThrownBy(
            () -> MarkupCheck.assertInert("<script src=\"/app.js\">alert(1)</script>", "inline"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> MarkupCheck.assertInert("<script src=\"/x.js\"></script>", "other"))
        .isInstanceOf(AssertionError.class);
    MarkupCheck.assertInert("<script src=\"/app.js\" defer></script><p>ok</p>", "own script");
  }
}
