package org.ccmarchive.search;

/** A query or parameter the service will not run; the message is written for the person asking. */
public class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
