package org.ccmarchive.web.common;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.ccmarchive.web.i18n.I18n;
import org.ccmarchive.web.i18n.Messages;

/**
 * Renders jte templates compiled at build time (jte-maven-plugin), so the jar needs no compiler.
 * Every page template takes {@code m} (the {@link Messages} of the reader's language) and, most,
 * {@code page} (its model).
 */
public final class Templates {

  private final TemplateEngine engine;

  private Templates(TemplateEngine engine) {
    this.engine = engine;
  }

  public static Templates precompiled() {
    return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
  }

  /** Renders {@code name} (e.g. {@code search/search.jte}) with its page record in {@code m}. */
  public String render(String name, Messages m, Object page) {
    Map<String, Object> params = new HashMap<>();
    params.put("m", m);
    if (page != null) {
      params.put("page", page);
    }
    StringOutput out = new StringOutput();
    engine.render(name, params, out);
    return out.toString();
  }

  /** Answers the request with {@code name} in the request's language. */
  public void html(Context ctx, String name, Object page) {
    ctx.html(render(name, I18n.messages(ctx), page));
  }
}
