package org.ccmarchive.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols ({@code CCM/MSP/2024/11}, {@code CCM/CONF/2021/WP.3}): the same in every
 * language version of a record, so they identify a record across languages.
 */
public final class DocumentSymbols {

  /** An upper-case series, then at least one slash-separated part (letters, digits, dots). */
  public static final Pattern SYMBOL =
      Pattern.compile("\\b[A-Z]{2,}(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*)+(?<![.\\-])");

  /** Passages at the top of a record where its own symbol stands, alone on its line. */
  private static final int HEADER_PASSAGES = 4;

  private DocumentSymbols() {}

  /** Every symbol a text cites, in order, once each. */
  public static Set<String> cited(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = SYMBOL.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The record's own symbol: one standing alone in a passage at the top of the record. */
  public static Optional<String> ownSymbol(List<String> firstPassages) {
    return firstPassages.stream()
        .limit(HEADER_PASSAGES)
        .map(String::strip)
        .filter(t -> SYMBOL.matcher(t).matches())
        .findFirst();
  }

  /** True when a query word looks like a symbol or a symbol prefix ({@code CCM/MSP/2024*}). */
  public static boolean looksLikeSymbol(String word) {
    String w = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
    return w.indexOf('/') > 0 && SYMBOL.matcher(w).matches();
  }
}
