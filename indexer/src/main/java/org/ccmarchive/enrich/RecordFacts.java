package org.ccmarchive.enrich;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the enrichment stage understood of a whole record.
 *
 * @param type record type (minutes, statement, concept note…)
 * @param meeting meeting as a path {@code Series › Session}
 * @param date meeting date, else issue date
 * @param place where the meeting took place
 * @param language ISO 639-1 code where obvious
 * @param symbol the record's own UN symbol
 * @param citedSymbols symbols the record cites, normalised
 * @param authors delegations speaking in every passage of a record that is not minutes
 * @param attendance who attended (minutes)
 */
public record RecordFacts(
    Optional<String> type,
    Optional<String> meeting,
    Optional<LocalDate> date,
    Optional<String> place,
    Optional<String> language,
    Optional<String> symbol,
    List<String> citedSymbols,
    List<String> authors,
    Attendance attendance) {

  public static final String PATH_SEPARATOR = " › ";

  public RecordFacts {
    citedSymbols = List.copyOf(citedSymbols);
    authors = List.copyOf(authors);
  }
}
