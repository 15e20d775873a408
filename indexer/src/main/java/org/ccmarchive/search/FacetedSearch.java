package org.ccmarchive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.SearchResults.FacetCount;

/**
 * Filters a search by facet values and dates, and counts facet values the drill-sideways way: the
 * counts of a dimension are computed with every filter except that dimension's own, so a chosen
 * value's siblings keep their counts and each count is what choosing that value would give (when
 * nothing else in the dimension is chosen).
 */
final class FacetedSearch {

  /** The date range takes part in drill-sideways as a dimension of its own under this name. */
  static final String DATE_DIMENSION = IndexSchema.DATE;

  private final FacetsConfig config;

  FacetedSearch(FacetsConfig config) {
    this.config = config;
  }

  /**
   * The matched passages, the facets and date histogram for them.
   *
   * @param query base query AND every filter, to run for hits
   */
  record Outcome(Query query, Map<String, List<FacetCount>> facets, DateHistogram histogram) {}

  /** {@code base} narrowed by {@code filters}: facet values OR'd within, AND'd across. */
  Query filtered(Query base, Filters filters) {
    return filters.isEmpty() ? base : drillDown(base, filters, new ArrayList<>());
  }

  Outcome run(
      IndexSearcher searcher,
      Optional<SortedSetDocValuesReaderState> state,
      Query base,
      Filters filters)
      throws IOException {
    List<String> dims = new ArrayList<>();
    DrillDownQuery query = drillDown(base, filters, dims);
    if (state.isEmpty()) {
      FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
      return new Outcome(query, Map.of(), histogram(all));
    }
    List<FacetsCollectorManager> sideways = dims.stream().map(d -> manager()).toList();
    DrillSideways.Result<FacetsCollector, FacetsCollector> result =
        new DrillSideways(searcher, config, state.get()).search(query, manager(), sideways);
    Map<String, FacetsCollector> collectors = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) {
      collectors.put(dims.get(i), result.drillSidewaysResults().get(i));
    }
    FacetsCollector drilled = result.drillDownResult();
    Map<String, List<FacetCount>> facets =
        withChosen(counts(state.get(), dim -> collectors.getOrDefault(dim, drilled)), filters);
    FacetsCollector forDates = collectors.getOrDefault(DATE_DIMENSION, drilled);
    return new Outcome(query, facets, histogram(forDates));
  }

  /**
   * The facets and date histogram of an unfiltered search whose matches {@code all} already holds
   * (collected beside the ranking, in the same pass): nothing is matched again.
   */
  Outcome ofMatches(Optional<SortedSetDocValuesReaderState> state, Query query, FacetsCollector all)
      throws IOException {
    Map<String, List<FacetCount>> facets =
        state.isEmpty() ? Map.of() : withChosen(counts(state.get(), dim -> all), Filters.NONE);
    return new Outcome(query, facets, histogram(all));
  }

  /**
   * Chosen values stay listed even when nothing has them any more (count 0), so they can be
   * un-chosen where they were chosen.
   */
  static Map<String, List<FacetCount>> withChosen(
      Map<String, List<FacetCount>> counts, Filters filters) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      List<FacetCount> values = new ArrayList<>(counts.getOrDefault(dim, List.of()));
      for (String chosen : filters.of(dim)) {
        if (values.stream().noneMatch(v -> v.value().equals(chosen))) {
          values.add(new FacetCount(chosen, 0));
        }
      }
      if (!values.isEmpty()) {
        out.put(dim, values);
      }
    }
    return out;
  }

  private static FacetsCollectorManager manager() {
    return new FacetsCollectorManager();
  }

  private DrillDownQuery drillDown(Query base, Filters filters, List<String> dims) {
    DrillDownQuery query = new DrillDownQuery(config, base);
    for (String dim : filters.dimensions()) {
      for (String value : filters.of(dim)) {
        query.add(dim, Filters.path(dim, value));
      }
      dims.add(dim);
    }
    if (filters.hasDates()) {
      long from = filters.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long to = filters.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      query.add(DATE_DIMENSION, LongPoint.newRangeQuery(IndexSchema.DATE, from, to));
      dims.add(DATE_DIMENSION);
    }
    return query;
  }

  private Map<String, List<FacetCount>> counts(
      SortedSetDocValuesReaderState state,
      java.util.function.Function<String, FacetsCollector> collectorFor)
      throws IOException {
    Map<FacetsCollector, Facets> facetsByCollector = new IdentityHashMap<>();
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      FacetsCollector fc = collectorFor.apply(dim);
      Facets facets = facetsByCollector.get(fc);
      if (facets == null) {
        facets = new SortedSetDocValuesFacetCounts(state, fc);
        facetsByCollector.put(fc, facets);
      }
      if (!indexed(state, dim)) {
        continue;
      }
      List<FacetCount> values = values(facets, dim);
      if (!values.isEmpty()) {
        out.put(dim, values);
      }
    }
    return out;
  }

  /** Whether any passage has a value of {@code dim} (counting an absent dimension fails). */
  private static boolean indexed(SortedSetDocValuesReaderState state, String dim)
      throws IOException {
    return IndexSchema.HIERARCHICAL_FACETS.contains(dim)
        ? state.getDimTree(dim) != null
        : state.getOrdRange(dim) != null;
  }

  /** A dimension's values with non-zero counts; children follow their parent in a hierarchy. */
  private static List<FacetCount> values(Facets facets, String dim) throws IOException {
    if (byCount(dim)) {
      // Only the most frequent are listed: ranking them in a bounded queue names only those
      // (a dimension such as person has thousands of values). Equal counts keep the first by
      // value, as the sort below does.
      List<FacetCount> top = topChildren(facets, dim, QueryLimits.MAX_FACET_VALUES);
      sort(dim, top);
      return top;
    }
    List<FacetCount> top = children(facets, dim);
    sort(dim, top);
    if (!IndexSchema.HIERARCHICAL_FACETS.contains(dim)) {
      return top.size() > QueryLimits.MAX_FACET_VALUES
          ? top.subList(0, QueryLimits.MAX_FACET_VALUES)
          : top;
    }
    List<FacetCount> withChildren = new ArrayList<>();
    for (FacetCount parent : top) {
      withChildren.add(parent);
      List<FacetCount> kids = children(facets, dim, parent.value());
      kids.sort(Comparator.comparing(FacetCount::value).reversed());
      for (FacetCount kid : kids) {
        withChildren.add(
            new FacetCount(parent.value() + Filters.PATH_SEPARATOR + kid.value(), kid.count()));
      }
    }
    return withChildren;
  }

  private static List<FacetCount> children(Facets facets, String dim, String... path)
      throws IOException {
    return counted(() -> facets.getAllChildren(dim, path));
  }

  /** The values that something has of what {@code read} gives. */
  private static List<FacetCount> counted(FacetRead read) throws IOException {
    FacetResult result;
    try {
      result = read.run();
    } catch (IllegalArgumentException e) {
      return new ArrayList<>(); // the dimension has no values in this index
    }
    List<FacetCount> list = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        if (lv.value.longValue() > 0) {
          list.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
    }
    return list;
  }

  /** Whether {@code dim} lists its values most frequent first. */
  private static boolean byCount(String dim) {
    return !dim.equals(IndexSchema.FACET_YEAR) && !IndexSchema.HIERARCHICAL_FACETS.contains(dim);
  }

  private static List<FacetCount> topChildren(Facets facets, String dim, int n) throws IOException {
    return counted(() -> facets.getTopChildren(n, dim));
  }

  @FunctionalInterface
  private interface FacetRead {
    FacetResult run() throws IOException;
  }

  /** Years newest first, meetings by name; everything else most frequent first. */
  static void sort(String dim, List<FacetCount> values) {
    if (dim.equals(IndexSchema.FACET_YEAR)) {
      values.sort(Comparator.comparing(FacetCount::value).reversed());
    } else if (IndexSchema.HIERARCHICAL_FACETS.contains(dim)) {
      values.sort(Comparator.comparing(FacetCount::value));
    } else {
      values.sort(
          Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    }
  }

  /**
   * By year, or by month when every dated passage falls in one year. A record's passages are
   * neighbours in the index and share its date, so matches are tallied in runs of one day and each
   * run is added to its month once: a per-passage map update (a boxed count and a date object per
   * matching passage) was 7 % of a term search (docs/benchmarks.md, Session 6).
   */
  private static DateHistogram histogram(FacetsCollector fc) throws IOException {
    TreeMap<YearMonth, Long> months = new TreeMap<>();
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      NumericDocValues dates = md.context().reader().getNumericDocValues(IndexSchema.DATE);
      if (dates == null || md.bits() == null) {
        continue;
      }
      long day = 0;
      long run = 0;
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (dates.advanceExact(doc)) {
          long d = dates.longValue();
          if (run > 0 && d != day) {
            addRun(months, day, run);
            run = 0;
          }
          day = d;
          run++;
        }
      }
      if (run > 0) {
        addRun(months, day, run);
      }
    }
    return histogram(months);
  }

  private static void addRun(TreeMap<YearMonth, Long> months, long epochDay, long passages) {
    months.merge(YearMonth.from(LocalDate.ofEpochDay(epochDay)), passages, Long::sum);
  }

  /** Passages per month as the histogram shows them (either backend's counts). */
  static DateHistogram histogram(TreeMap<YearMonth, Long> months) {
    if (months.isEmpty()) {
      return DateHistogram.EMPTY;
    }
    // Inside one year (a chosen year, or a range within one) months say more than a single bar.
    if (months.firstKey().getYear() == months.lastKey().getYear()) {
      return new DateHistogram("month", monthBuckets(months));
    }
    return new DateHistogram("year", yearBuckets(months));
  }

  private static List<DateHistogram.Bucket> monthBuckets(TreeMap<YearMonth, Long> months) {
    List<DateHistogram.Bucket> buckets = new ArrayList<>();
    months.forEach(
        (m, n) ->
            buckets.add(new DateHistogram.Bucket(m.toString(), m.atDay(1), m.atEndOfMonth(), n)));
    return buckets;
  }

  private static List<DateHistogram.Bucket> yearBuckets(TreeMap<YearMonth, Long> months) {
    TreeMap<Integer, Long> years = new TreeMap<>();
    months.forEach((m, n) -> years.merge(m.getYear(), n, Long::sum));
    List<DateHistogram.Bucket> buckets = new ArrayList<>();
    years.forEach(
        (y, n) ->
            buckets.add(
                new DateHistogram.Bucket(
                    Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), n)));
    return buckets;
  }
}
