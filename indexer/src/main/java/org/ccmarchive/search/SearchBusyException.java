package org.ccmarchive.search;

/**
 * Too many costly searches are running: this one was not started. Answered with 503 and a hint to
 * retry; cheap searches are never refused this way.
 */
public class SearchBusyException extends RuntimeException {
  public SearchBusyException(String message) {
    super(message, null, false, false);
  }
}
