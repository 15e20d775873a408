package org.ccmarchive.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date of a record in its opening lines: the meeting date ("held on Tuesday, 30 January
 * 2024", "Wednesday 26th November 2025", "16-19 September 2025", "le 7 et le 8 avril 2025", "7 y 8
 * de abril de 2025" → its first day) before a bare issue date ("9 September 2025", "1er avril
 * 2025", "12 de marzo de 2025").
 */
public final class DateFinder {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("janvier", 1),
          Map.entry("février", 2),
          Map.entry("mars", 3),
          Map.entry("avril", 4),
          Map.entry("mai", 5),
          Map.entry("juin", 6),
          Map.entry("juillet", 7),
          Map.entry("août", 8),
          Map.entry("septembre", 9),
          Map.entry("octobre", 10),
          Map.entry("novembre", 11),
          Map.entry("décembre", 12),
          Map.entry("enero", 1),
          Map.entry("febrero", 2),
          Map.entry("marzo", 3),
          Map.entry("abril", 4),
          Map.entry("mayo", 5),
          Map.entry("junio", 6),
          Map.entry("julio", 7),
          Map.entry("agosto", 8),
          Map.entry("septiembre", 9),
          Map.entry("octubre", 10),
          Map.entry("noviembre", 11),
          Map.entry("diciembre", 12));

  private static final String MONTH = "(?<month>" + String.join("|", MONTHS.keySet()) + ")";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th|er|\\.?º)?";
  private static final String TO_DAY =
      "(?<to>\\s*(?:-|–|and|to|et|au|y|al|a)\\s*(?:(?:le|el)\\s+)?\\d{1,2}(?:st|nd|rd|th)?)?";
  private static final String WEEKDAY =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|held on"
          + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
          + "|lunes|martes|miércoles|jueves|viernes|sábado|domingo";
  private static final Pattern DATE =
      Pattern.compile(
          "(?<weekday>(?:"
              + WEEKDAY
              + ")[,\\s]+(?:(?:le|el)\\s+)?)?"
              + DAY
              + TO_DAY
              + "\\s+(?:de\\s+)?"
              + MONTH
              + "\\s+(?:de\\s+)?(?<year>(?:19|20)\\d{2})\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The meeting date if the opening names one, else the first date in it. */
  public Optional<LocalDate> find(String opening) {
    Matcher m = DATE.matcher(opening);
    LocalDate first = null;
    while (m.find()) {
      Optional<LocalDate> d = toDate(m);
      if (d.isEmpty()) {
        continue;
      }
      if (m.group("weekday") != null || m.group("to") != null) {
        return d;
      }
      if (first == null) {
        first = d.get();
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The first day of the first span of days the text prints ("2–4 September 2019", "16-19 September
   * 2025"): a meeting's own dates, as opposed to the day a record was issued or spoken.
   */
  public Optional<LocalDate> firstSpan(String text) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      if (m.group("to") != null) {
        Optional<LocalDate> d = toDate(m);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> toDate(Matcher m) {
    try {
      int month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
      return Optional.of(
          LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day"))));
    } catch (DateTimeException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
