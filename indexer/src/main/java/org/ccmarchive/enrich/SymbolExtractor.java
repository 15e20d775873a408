package org.ccmarchive.enrich;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds UN document symbols ({@code CCM/MSP/2024/11}, {@code CCM/MSP/2025/WP.4}, {@code A/78/32})
 * and writes them in one canonical form: upper-case body, suffixes as {@code /Rev.1}, {@code
 * /Add.2}, {@code /Corr.1}, no trailing punctuation.
 */
public final class SymbolExtractor {

  /**
   * A series prefix, then slash-separated parts; the last parts may be WP.n, Rev.n, Add.n, Corr.n.
   */
  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/])((?:CCM|APLC|CCW|A|S|E)(?:/(?:[A-Z][A-Za-z]{0,9}\\.?\\s?\\d{1,4}"
              + "|[A-Z]{1,10}|\\d{1,4}(?:\\([^)]{1,12}\\))?))+)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SUFFIX =
      Pattern.compile("(?i)^(WP|Rev|Add|Corr|Amend|INF|CRP|MISC)\\.?\\s?(\\d{1,4})$");

  private static final Set<String> UPPER_SUFFIXES = Set.of("WP", "INF", "CRP", "MISC");

  /** Every symbol in {@code text}, normalised, in order of first occurrence. */
  public List<String> find(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = SYMBOL.matcher(text);
    while (m.find()) {
      String symbol = normalise(m.group(1));
      // "A/B" alone is a ratio or an abbreviation, not a symbol: a symbol has a number in it.
      if (symbol.chars().anyMatch(Character::isDigit) && symbol.indexOf('/') > 0) {
        out.add(symbol);
      }
    }
    return List.copyOf(out);
  }

  /** The canonical form of one symbol. */
  public static String normalise(String raw) {
    String[] parts = raw.strip().replaceAll("[.,;:]+$", "").split("/");
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (!sb.isEmpty()) {
        sb.append('/');
      }
      Matcher s = SUFFIX.matcher(part.strip());
      if (s.matches()) {
        String kind = s.group(1).toUpperCase(Locale.ROOT);
        String label =
            UPPER_SUFFIXES.contains(kind)
                ? kind
                : kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
        sb.append(label).append('.').append(s.group(2));
      } else {
        sb.append(part.strip().toUpperCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }
}
