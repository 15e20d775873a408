package org.ccmarchive.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders jte templates compiled at build time (jte-maven-plugin), so the jar needs no compiler.
 */
public final class Templates {

  private final TemplateEngine engine;

  private Templates(TemplateEngine engine) {
    this.engine = engine;
  }

  public static Templates precompiled() {
    return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
  }

  /** Renders {@code name} (e.g. {@code search/search.jte}) with its page record. */
  public String render(String name, Object page) {
    StringOutput out = new StringOutput();
    engine.render(name, page, out);
    return out.toString();
  }
}
