package org.ccmarchive.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The message bundles on the class path: {@code i18n/messages.properties} (English, the reference)
 * and {@code i18n/messages_fr.properties}, {@code i18n/messages_es.properties}, read as UTF-8.
 */
public final class Bundles {

  /** Class-path folder of the bundles. */
  public static final String FOLDER = "i18n/";

  private static final Map<Lang, Map<String, String>> ALL = loadAll();

  private Bundles() {}

  /** The messages of one language, key to pattern, sorted by key. */
  public static Map<String, String> of(Lang lang) {
    return ALL.get(lang);
  }

  /** The file name of a language's bundle: {@code messages.properties} for English. */
  public static String fileName(Lang lang) {
    return lang == Lang.EN ? "messages.properties" : "messages_" + lang.tag() + ".properties";
  }

  private static Map<Lang, Map<String, String>> loadAll() {
    Map<Lang, Map<String, String>> all = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      all.put(lang, load(FOLDER + fileName(lang)));
    }
    return all;
  }

  /** Reads one bundle as UTF-8 (not ISO-8859-1, the {@link Properties} default for streams). */
  public static Map<String, String> load(String resource) {
    try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("message bundle missing from the class path: " + resource);
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> m = new TreeMap<>();
      p.forEach((k, v) -> m.put((String) k, (String) v));
      return java.util.Collections.unmodifiableMap(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
