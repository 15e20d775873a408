package org.ccmarchive.web.i18n;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;

/**
 * The interface language of a request ({@link LocaleResolver}), resolved once per request. A switch
 * ({@code ?lang=}) is remembered for a year in the {@code lang} cookie: {@code Path=/}, {@code
 * SameSite=Lax}, {@code HttpOnly} (no script reads it), {@code Secure} over HTTPS. Pages say which
 * language they are in ({@code Content-Language}) and that it depends on the request ({@code
 * Vary}).
 */
public final class I18n {

  public static final String COOKIE = "lang";

  /** One year, in seconds. */
  public static final int COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

  private static final String ATTRIBUTE = "ccm.messages";

  private I18n() {}

  /** The messages for the page this request is answered with. */
  public static Messages messages(Context ctx) {
    Messages cached = ctx.attribute(ATTRIBUTE);
    if (cached != null) {
      return cached;
    }
    String param = safeQueryParam(ctx);
    LocaleResolver.Choice choice =
        LocaleResolver.resolve(param, ctx.cookie(COOKIE), ctx.header("Accept-Language"));
    if (choice.switched()) {
      ctx.cookie(
          new Cookie(
              COOKIE,
              choice.lang().tag(),
              "/",
              COOKIE_MAX_AGE,
              "https".equalsIgnoreCase(ctx.scheme()),
              true,
              null,
              SameSite.LAX));
    }
    ctx.header("Content-Language", choice.lang().tag());
    ctx.header("Vary", "Accept-Language, Cookie");
    // The switch links repeat this address; a form POST's page links to the start page instead.
    boolean get = HandlerType.GET.equals(ctx.method()) || HandlerType.HEAD.equals(ctx.method());
    Messages m =
        get
            ? Messages.of(choice.lang(), ctx.path(), ctx.queryString())
            : Messages.of(choice.lang());
    ctx.attribute(ATTRIBUTE, m);
    return m;
  }

  /** The {@code lang} parameter; a query string that cannot be decoded has none. */
  private static String safeQueryParam(Context ctx) {
    try {
      return ctx.queryParam(Messages.PARAM);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
