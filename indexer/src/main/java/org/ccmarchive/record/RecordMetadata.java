package org.ccmarchive.record;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a record is, as far as the indexer understands it. Absent values are unknown, never guessed.
 *
 * @param title human title
 * @param type record type label (minutes, statement, concept note…), if known
 * @param meeting meeting the record belongs to, if known
 * @param date meeting or issue date, if known
 * @param language ISO 639-1 code, if known
 */
public record RecordMetadata(
    String title,
    Optional<String> type,
    Optional<String> meeting,
    Optional<LocalDate> date,
    Optional<String> language) {

  public static RecordMetadata titled(String title) {
    return new RecordMetadata(
        title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
