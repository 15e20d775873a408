package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the knowledge base orders and counts passages: newest first, by year, the most frequent. */
final class Tallies {

  /** Entries of a "most frequent" list. */
  static final int TOP = 10;

  /** Passages listed on one page. */
  static final int LIST_LIMIT = 200;

  private Tallies() {}

  static List<YearCount> timeline(Collection<IndexedPassage> passages) {
    Map<Integer, Long> byYear =
        passages.stream()
            .flatMap(p -> year(p).stream())
            .collect(Collectors.groupingBy(y -> y, TreeMap::new, Collectors.counting()));
    if (byYear.isEmpty()) {
      return List.of();
    }
    List<YearCount> years = new ArrayList<>();
    for (int y = ((TreeMap<Integer, Long>) byYear).firstKey();
        y <= ((TreeMap<Integer, Long>) byYear).lastKey();
        y++) {
      years.add(new YearCount(y, byYear.getOrDefault(y, 0L)));
    }
    return years;
  }

  static List<Count> top(
      Collection<IndexedPassage> passages, Function<IndexedPassage, List<String>> values) {
    return passages.stream()
        .flatMap(p -> values.apply(p).stream())
        .collect(Collectors.groupingBy(v -> v, Collectors.counting()))
        .entrySet()
        .stream()
        .map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label))
        .limit(TOP)
        .toList();
  }

  static List<FilterOption> options(
      List<IndexedPassage> passages,
      Function<IndexedPassage, Stream<Map.Entry<String, String>>> values) {
    Map<String, String> labels = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    for (IndexedPassage p : passages) {
      values
          .apply(p)
          .distinct()
          .forEach(
              e -> {
                labels.putIfAbsent(e.getKey(), e.getValue());
                counts.merge(e.getKey(), 1L, Long::sum);
              });
    }
    return counts.entrySet().stream()
        .map(e -> new FilterOption(e.getKey(), labels.get(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingLong(FilterOption::count)
                .reversed()
                .thenComparing(FilterOption::label))
        .toList();
  }

  static boolean containsName(List<String> names, String name) {
    return names.stream().anyMatch(n -> Slugs.same(n, name));
  }

  static Optional<Integer> year(IndexedPassage p) {
    return p.record().date().map(LocalDate::getYear);
  }

  static List<IndexedPassage> newestFirst(Stream<IndexedPassage> passages) {
    return passages
        .sorted(
            Comparator.comparing(
                    (IndexedPassage p) -> p.record().date().orElse(LocalDate.MIN),
                    Comparator.reverseOrder())
                .thenComparing(p -> p.record().id())
                .thenComparingInt(IndexedPassage::ordinal))
        .toList();
  }
}
