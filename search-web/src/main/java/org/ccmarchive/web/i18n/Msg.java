package org.ccmarchive.web.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A message not yet put into words: its bundle key and arguments. Errors carry one so the page can
 * say it in the reader's language while the JSON API keeps the English text.
 */
public record Msg(String key, List<Object> args) {

  public Msg {
    args = List.copyOf(args);
  }

  public static Msg of(String key, Object... args) {
    return new Msg(key, Arrays.asList(args));
  }

  /** The message in English (the reference bundle), e.g. for JSON answers and logs. */
  public String english() {
    return Messages.english().t(this);
  }
}
