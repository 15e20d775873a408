package org.ccmarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.lucene.search.IndexSearcher;

/**
 * What to try when a search finds nothing: a corrected query (when it finds something) and the
 * filters whose removal would.
 */
final class SearchSuggestions {

  private final UserQueryParser parser;
  private final FacetedSearch faceted;
  private final SpellingSuggester speller;

  SearchSuggestions(UserQueryParser parser, FacetedSearch faceted, SpellingSuggester speller) {
    this.parser = parser;
    this.faceted = faceted;
    this.speller = speller;
  }

  Suggestions of(IndexSearcher searcher, SearchRequest request) throws IOException {
    Optional<String> corrected = speller.suggest(searcher.getIndexReader(), request.query());
    long correctedCount = 0;
    if (corrected.isPresent()) {
      correctedCount = count(searcher, corrected.get(), request.filters(), request.crossLingual());
      if (correctedCount == 0) {
        corrected = Optional.empty();
      }
    }
    List<Suggestions.Relaxation> relaxations =
        relaxations(
            request.filters(), f -> count(searcher, request.query(), f, request.crossLingual()));
    return new Suggestions(corrected, correctedCount, relaxations);
  }

  /**
   * The filters of {@code f} whose removal alone would find something, with what it would find:
   * each chosen facet value, then the date range. {@code count} counts the passages the query
   * matches under other filters (whichever backend counts).
   */
  static List<Suggestions.Relaxation> relaxations(Filters f, ToLongFunction<Filters> count) {
    List<Suggestions.Relaxation> relaxations = new ArrayList<>();
    for (String dim : f.dimensions()) {
      for (String value : f.of(dim)) {
        long n = count.applyAsLong(f.toggle(dim, value));
        if (n > 0) {
          relaxations.add(new Suggestions.Relaxation(dim, value, n));
        }
      }
    }
    if (f.hasDates()) {
      long n = count.applyAsLong(f.withDates(Optional.empty(), Optional.empty()));
      if (n > 0) {
        String range =
            f.from().map(Object::toString).orElse("")
                + " – "
                + f.to().map(Object::toString).orElse("");
        relaxations.add(new Suggestions.Relaxation(FacetedSearch.DATE_DIMENSION, range.strip(), n));
      }
    }
    return relaxations;
  }

  private long count(IndexSearcher searcher, String query, Filters filters, boolean crossLingual) {
    try {
      return searcher.count(
          faceted.filtered(
              ArchiveQueries.passagesMatching(parser.parse(query, crossLingual)), filters));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
