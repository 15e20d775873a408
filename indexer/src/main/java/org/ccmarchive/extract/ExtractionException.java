package org.ccmarchive.extract;

/** A file could not be read; the message says why in words an ISU staff member understands. */
public class ExtractionException extends Exception {
  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }

  public ExtractionException(String message) {
    super(message);
  }
}
