package org.ccmarchive.record;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Record ids are the corpus-relative path, lower-cased and reduced to URL-safe characters, so the
 * same file always gets the same id and a link stays valid across re-indexing.
 */
public final class RecordIds {

  private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9._~-]+");
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._~-]{0,254}");

  // Compiled once: forPath runs for every corpus file on every indexing run.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[-.~]+");
  private static final Pattern SEPARATORS = Pattern.compile("[-_]+");

  private RecordIds() {}

  public static String forPath(Path relative) {
    String joined = relative.toString().replace('\\', '/').replace("/", "~");
    String ascii = MARKS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFKD)).replaceAll("");
    String id = UNSAFE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    return LEADING_PUNCTUATION.matcher(id).replaceAll("");
  }

  /** True for strings that can be ids; anything else cannot name a record (or a path). */
  public static boolean isWellFormed(String id) {
    return id != null && VALID.matcher(id).matches() && !id.contains("..");
  }

  /** A readable title from a file name, for records whose files carry none. */
  public static String titleFromFileName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return SEPARATORS.matcher(base).replaceAll(" ").strip();
  }
}
