package org.ccmarchive.web.i18n;

/** An exception whose message a page can write in the reader's language. */
public interface Localized {

  /** What went wrong, as a message key and its arguments. */
  Msg msg();
}
