package org.ccmarchive.memory;

import java.util.Locale;
import java.util.Optional;

/**
 * A meeting as the indexer names it: a series ({@code Coordination Committee}) and a session within
 * it ({@code 2024-01-30}, {@code 13MSP}).
 */
public record Meeting(String series, String session) {

  /** Separators the indexer may use between series and session. */
  private static final String SEPARATORS = "\\s*(?:›|>|/)\\s*";

  /** Reads a stored meeting value; a value without a separator is a series of one session. */
  public static Optional<Meeting> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String[] parts = value.strip().split(SEPARATORS, 2);
    return Optional.of(
        parts.length == 2 ? new Meeting(parts[0], parts[1]) : new Meeting(parts[0], parts[0]));
  }

  public String label() {
    return series.equals(session) ? series : series + " › " + session;
  }

  /** The meeting's key, its series and session slugs: how links and filters name it. */
  public String path() {
    return Slugs.of(series) + "/" + Slugs.of(session);
  }

  public String seriesSlug() {
    return Slugs.of(series);
  }

  boolean matches(String seriesSlug, String sessionSlug) {
    return Slugs.of(series).equals(seriesSlug.toLowerCase(Locale.ROOT))
        && Slugs.of(session).equals(sessionSlug.toLowerCase(Locale.ROOT));
  }
}
