package org.ccmarchive.web.security;

/**
 * A request the server will not serve, with the status and a message written for the person asking.
 * The web app answers it as an HTML page or JSON, like every other error.
 */
public final class Refusal extends RuntimeException {

  private final int status;
  private final String title;

  public Refusal(int status, String title, String message) {
    super(message, null, false, false);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
