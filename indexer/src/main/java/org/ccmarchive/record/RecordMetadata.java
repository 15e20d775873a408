package org.ccmarchive.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.enrich.Attendance;

/**
 * What a record is, as far as the indexer understands it. Absent values are unknown, never guessed.
 *
 * @param title human title
 * @param type record type label (minutes, statement, concept note…), if known
 * @param meeting meeting the record belongs to, as {@code Series › Session}, if known
 * @param date meeting or issue date, if known
 * @param language ISO 639-1 code, if known
 * @param symbol the record's own UN symbol, if it has one
 * @param citedSymbols UN symbols the record cites, normalised
 * @param place where the meeting took place, if known
 * @param attendance who attended (minutes); {@link Attendance#NONE} otherwise
 */
public record RecordMetadata(
    String title,
    Optional<String> type,
    Optional<String> meeting,
    Optional<LocalDate> date,
    Optional<String> language,
    Optional<String> symbol,
    List<String> citedSymbols,
    Optional<String> place,
    Attendance attendance) {

  public RecordMetadata {
    citedSymbols = List.copyOf(citedSymbols);
  }

  public RecordMetadata(
      String title,
      Optional<String> type,
      Optional<String> meeting,
      Optional<LocalDate> date,
      Optional<String> language) {
    this(
        title,
        type,
        meeting,
        date,
        language,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Attendance.NONE);
  }

  public static RecordMetadata titled(String title) {
    return new RecordMetadata(
        title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
