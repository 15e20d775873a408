package org.ccmarchive.web.i18n;

import gg.jte.Content;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The interface's words in one language, handed to every template as {@code m}: {@code
 * ${m.t("nav.decisions")}}. Also formats dates and numbers for that language, and builds the links
 * of the language switch from the address of the page being answered.
 *
 * <p>Messages are {@link MessageFormat} patterns ({@code {0}}, {@code {0,choice,…}} for plurals),
 * so bundles write apostrophes as ’ (U+2019), never as {@code '} (a quote to MessageFormat); a test
 * holds every bundle to that. {@link #t} returns plain text, which jte escapes like any other
 * {@code ${}} output. Only keys ending in {@code .html} are written as markup, through {@link
 * #html}: those come from the bundles in this jar (never from a request or a record), and a test
 * restricts them to a few inline tags ({@code code}, {@code em}, {@code strong}, {@code q}, {@code
 * span lang}, {@code a href="/…"}) that must be the same in every language.
 */
public final class Messages {

  /** The query parameter of the language switch. */
  public static final String PARAM = "lang";

  private final Lang lang;
  private final Map<String, String> bundle;
  private final Map<String, String> reference;
  private final String path;
  private final String query;

  private Messages(Lang lang, String path, String query) {
    this.lang = lang;
    this.bundle = Bundles.of(lang);
    this.reference = Bundles.of(Lang.EN);
    this.path = safePath(path);
    this.query = query == null ? "" : query;
  }

  /** The messages of {@code lang}; the switch links lead to the start page. */
  public static Messages of(Lang lang) {
    return new Messages(lang, "/", "");
  }

  /** The messages of {@code lang} for the page at {@code path?query}, whose switch keeps both. */
  public static Messages of(Lang lang, String path, String query) {
    return new Messages(lang, path, query);
  }

  public static Messages english() {
    return ENGLISH;
  }

  private static final Messages ENGLISH = of(Lang.EN);

  public Lang language() {
    return lang;
  }

  /** The language tag, for {@code <html lang>}. */
  public String lang() {
    return lang.tag();
  }

  public Locale locale() {
    return lang.locale();
  }

  /** Whether the bundles hold {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key) || reference.containsKey(key);
  }

  /**
   * The message {@code key} with its arguments put in. A key this language lacks falls back to
   * English; a key no bundle has is a programming error (and the bundle tests catch it first).
   */
  public String t(String key, Object... args) {
    String pattern = bundle.get(key);
    if (pattern == null) {
      pattern = reference.get(key);
    }
    if (pattern == null) {
      throw new MissingResourceException("no message " + key, Messages.class.getName(), key);
    }
    return new MessageFormat(pattern, lang.locale()).format(args);
  }

  public String t(Msg msg) {
    return t(msg.key(), msg.args().toArray());
  }

  /** The message {@code key} if the bundles have it, else {@code fallback} (for data values). */
  public String tOr(String key, String fallback) {
    return has(key) ? t(key) : fallback;
  }

  /**
   * A trusted message with inline markup (a key ending in {@code .html}), written as is. The text
   * is this jar's own bundle; nothing from a request or a record goes into it.
   */
  public Content html(String key, Object... args) {
    if (!key.endsWith(".html")) {
      throw new IllegalArgumentException("only .html messages are written as markup: " + key);
    }
    // Numbers go through MessageFormat (digits, plural choices); every other argument is held
    // out of the pattern by a marker and written in its place escaped (a String) or as the
    // template's own markup (a jte Content, itself escaped where it writes data).
    Object[] marked = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      marked[i] = args[i] instanceof Number ? args[i] : String.valueOf(ARG_START) + i + ARG_END;
    }
    String text = t(key, marked);
    return output -> {
      int at = 0;
      while (at < text.length()) {
        int start = text.indexOf(ARG_START, at);
        int end = start < 0 ? -1 : text.indexOf(ARG_END, start);
        if (end < 0) {
          output.writeContent(text.substring(at));
          return;
        }
        output.writeContent(text.substring(at, start));
        Object arg = args[Integer.parseInt(text.substring(start + 1, end))];
        if (arg instanceof Content c) {
          output.writeUserContent(c);
        } else {
          output.writeUserContent(String.valueOf(arg));
        }
        at = end + 1;
      }
    };
  }

  /** Private-use characters around an argument's index while a markup message is formatted. */
  private static final char ARG_START = '\uE000';

  private static final char ARG_END = '\uE001';

  /** A facet dimension's name ({@code speaker} → Speaker / Orateur / Orador). */
  public String dim(String dim) {
    return tOr("facet." + dim, dim);
  }

  /** A language's name in the interface language ({@code fr} → French / français / francés). */
  public String languageName(String tag) {
    if (tag == null || !tag.matches("[a-z]{2,3}")) {
      return String.valueOf(tag);
    }
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(lang.locale());
    return name.isEmpty() || name.equals(tag) ? tag : name;
  }

  /** A count with this language's digit grouping (1,234 · 1 234 · 1234). */
  public String num(long n) {
    return java.text.NumberFormat.getIntegerInstance(lang.locale()).format(n);
  }

  /** A date as written in running text: 30 January 2024 · 30 janvier 2024 · 30 de enero de 2024. */
  public String date(LocalDate date) {
    return lang.longDate(date);
  }

  /** An ISO date ({@code 2024-01-30}) written out; anything else (a year, a month) as it is. */
  public String date(String iso) {
    if (iso == null) {
      return "";
    }
    try {
      return date(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  public String date(Optional<LocalDate> date, String none) {
    return date.map(this::date).orElse(none);
  }

  /** The languages the switch offers. */
  public List<Lang> languages() {
    return List.of(Lang.values());
  }

  /**
   * This page's address with {@code lang=} set to {@code tag}: the switch keeps the search, filters
   * and page, and works without script.
   */
  public String switchHref(Lang to) {
    StringBuilder sb = new StringBuilder(path);
    char sep = '?';
    for (String part : query.split("&")) {
      if (part.isEmpty() || isLangParam(part)) {
        continue;
      }
      sb.append(sep).append(part);
      sep = '&';
    }
    return sb.append(sep).append(PARAM).append('=').append(to.tag()).toString();
  }

  private static boolean isLangParam(String part) {
    int eq = part.indexOf('=');
    String name = eq < 0 ? part : part.substring(0, eq);
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8).equals(PARAM);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A same-site path: one leading slash (never {@code //host}), no backslashes. */
  private static String safePath(String path) {
    if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0) {
      return "/";
    }
    return "/" + path.replaceFirst("^/+", "");
  }
}
