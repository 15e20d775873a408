package org.ccmarchive.web.i18n;

import org.ccmarchive.search.InvalidQueryException;

/**
 * A bad request parameter the web layer found: answered with 400 like every {@link
 * InvalidQueryException}, its English text in JSON, its own language on pages.
 */
public final class LocalizedQueryException extends InvalidQueryException implements Localized {

  private final transient Msg msg;

  public LocalizedQueryException(String key, Object... args) {
    this(Msg.of(key, args));
  }

  private LocalizedQueryException(Msg msg) {
    super(new EnglishText(msg.english()));
    this.msg = msg;
  }

  @Override
  public Msg msg() {
    return msg;
  }
}
