package org.ccmarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a deep-paging walk stands: the last record returned, by score then id. Opaque to clients
 * ({@code after=*} starts a walk, each answer's {@code next_after} continues it), so any depth
 * costs the same as the first page.
 */
public record SearchCursor(float score, String recordId) {

  /** The value that starts a walk at the best record. */
  public static final String START = "*";

  /** The cursor after {@code hit}. */
  public static SearchCursor after(RecordHit hit) {
    return new SearchCursor(hit.score(), hit.record().id());
  }

  public String encode() {
    String raw = Integer.toHexString(Float.floatToIntBits(score)) + "|" + recordId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Empty for {@link #START}; a readable 400 for anything that is not a cursor this server made.
   */
  public static Optional<SearchCursor> decode(String token) {
    if (token == null || token.isBlank() || token.strip().equals(START)) {
      return Optional.empty();
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      float score = Float.intBitsToFloat(Integer.parseUnsignedInt(raw.substring(0, bar), 16));
      String id = raw.substring(bar + 1);
      if (bar < 1 || id.isEmpty() || Float.isNaN(score)) {
        throw new IllegalArgumentException(raw);
      }
      return Optional.of(new SearchCursor(score, id));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new InvalidQueryException("cursor.invalid");
    }
  }

  /**
   * True when a record with this score and id comes after the cursor; the id is asked for only on a
   * tie of scores (a ranking names only the records it must).
   */
  boolean precedes(float otherScore, Supplier<String> otherId) {
    int byScore = Float.compare(otherScore, score);
    return byScore < 0 || (byScore == 0 && otherId.get().compareTo(recordId) > 0);
  }
}
