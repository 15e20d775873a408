package org.ccmarchive.web.common;

import io.javalin.http.HttpStatus;
import org.ccmarchive.web.i18n.Localized;
import org.ccmarchive.web.i18n.Msg;

/**
 * A request the server will not serve, with the status and a message written for the person asking
 * (message keys, so a page says it in the reader's language). The web app answers it as an HTML
 * page or JSON (in English), like every other error.
 */
public final class Refusal extends RuntimeException implements Localized {

  private final int status;
  private final transient Msg title;
  private final transient Msg msg;

  public Refusal(int status, String titleKey, String messageKey, Object... args) {
    this(status, Msg.of(titleKey), Msg.of(messageKey, args));
  }

  /** A request parameter the web layer cannot use: 400, "Query not understood". */
  public static Refusal badRequest(String messageKey, Object... args) {
    return new Refusal(400, Msg.of("error.query"), Msg.of(messageKey, args));
  }

  /** Nothing at this address (an unknown record, paragraph, delegation…): 404, "Not found". */
  public static Refusal notFound(String messageKey, Object... args) {
    return new Refusal(404, Msg.of("error.not-found"), Msg.of(messageKey, args));
  }

  /** A staff request (upload, re-index) that is refused: "Not accepted". */
  public static Refusal notAccepted(HttpStatus status, String messageKey, Object... args) {
    return new Refusal(status.getCode(), Msg.of("error.not-accepted"), Msg.of(messageKey, args));
  }

  private Refusal(int status, Msg title, Msg msg) {
    super(msg.english(), null, false, false);
    this.status = status;
    this.title = title;
    this.msg = msg;
  }

  public int status() {
    return status;
  }

  public Msg title() {
    return title;
  }

  @Override
  public Msg msg() {
    return msg;
  }
}
