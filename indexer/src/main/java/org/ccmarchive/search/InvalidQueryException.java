package org.ccmarchive.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A query or parameter the service will not run; the message is written for the person asking. It
 * is named by a code in {@link QueryErrors}: {@link #getMessage()} is the English text, {@link
 * #message(Locale)} the reader's.
 */
public class InvalidQueryException extends RuntimeException {

  private final String code;
  private final transient List<Object> args;

  /** {@code code} names the message in {@link QueryErrors}; {@code args} fill it in. */
  public InvalidQueryException(String code, Object... args) {
    this(code, Collections.unmodifiableList(Arrays.asList(args)));
  }

  private InvalidQueryException(String code, List<Object> args) {
    super(QueryErrors.format(code, args, Locale.ENGLISH));
    this.code = code;
    this.args = args;
  }

  /** The message's code in {@link QueryErrors}. */
  public String code() {
    return code;
  }

  /** The message in {@code locale}'s language where the bundles have it, else in English. */
  public String message(Locale locale) {
    return QueryErrors.format(code, args, locale);
  }
}
