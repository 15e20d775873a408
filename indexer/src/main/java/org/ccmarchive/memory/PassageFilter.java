package org.ccmarchive.memory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The search page's filters applied to passage facts: several values of one parameter match any
 * (OR), different parameters must all match (AND) — the search page's semantics, so a saved search
 * follows exactly what its page shows.
 */
final class PassageFilter implements Predicate<IndexedPassage> {

  /** The filter parameters a saved search may carry. */
  static final Set<String> PARAMETERS =
      Set.of(
          "meeting",
          "speaker",
          "person",
          "article",
          "topic",
          "type",
          "language",
          "year",
          "country",
          "from",
          "to");

  private final Predicate<IndexedPassage> test;

  private PassageFilter(Predicate<IndexedPassage> test) {
    this.test = test;
  }

  /** Fails with a readable message on a parameter or date it does not know. */
  static PassageFilter of(Map<String, List<String>> filters) {
    Predicate<IndexedPassage> all = p -> true;
    for (var e : filters.entrySet()) {
      List<String> values = e.getValue();
      if (values.isEmpty()) {
        continue;
      }
      all = all.and(parameter(e.getKey(), values));
    }
    return new PassageFilter(all);
  }

  static void validate(Map<String, List<String>> filters) {
    of(filters);
  }

  private static Predicate<IndexedPassage> parameter(String name, List<String> values) {
    return switch (name) {
      case "speaker" -> any(values, IndexedPassage::speakers);
      case "person" -> any(values, IndexedPassage::persons);
      case "article" -> any(values, IndexedPassage::articles);
      case "topic" -> any(values, IndexedPassage::topics);
      case "country" -> any(values, IndexedPassage::countries);
      case "type" -> any(values, p -> p.record().type().stream().toList());
      case "format" -> any(values, p -> List.of(p.record().format()));
      case "language" -> any(values, p -> p.record().language().stream().toList());
      case "year" ->
          any(
              values,
              p -> p.record().date().map(d -> Integer.toString(d.getYear())).stream().toList());
      case "meeting" ->
          p ->
              p.record()
                  .meeting()
                  .map(m -> values.stream().anyMatch(v -> inMeeting(m, v)))
                  .orElse(false);
      case "from" -> {
        LocalDate from = date(name, values.getFirst());
        yield p -> p.record().date().map(d -> !d.isBefore(from)).orElse(false);
      }
      case "to" -> {
        LocalDate to = date(name, values.getFirst());
        yield p -> p.record().date().map(d -> !d.isAfter(to)).orElse(false);
      }
      default -> throw new org.ccmarchive.search.InvalidQueryException("filter.unknown-name", name);
    };
  }

  /** A meeting value names the series, the session, or both ({@code Series › Session}). */
  private static boolean inMeeting(Meeting m, String value) {
    Optional<Meeting> asked = Meeting.parse(value);
    String slug = Slugs.of(value);
    return slug.equals(m.seriesSlug())
        || slug.equals(Slugs.of(m.label()))
        || asked.map(a -> a.equals(m) || m.path().equals(a.path())).orElse(false);
  }

  private static Predicate<IndexedPassage> any(
      List<String> values, Function<IndexedPassage, List<String>> field) {
    return p -> values.stream().anyMatch(v -> Tallies.containsName(field.apply(p), v));
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new org.ccmarchive.search.InvalidQueryException("filter.date", name);
    }
  }

  @Override
  public boolean test(IndexedPassage p) {
    return test.test(p);
  }
}
