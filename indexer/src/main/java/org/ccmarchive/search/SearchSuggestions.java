package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    List<Suggestions.Relaxation> relaxations = new ArrayList<>();
    Filters f = request.filters();
    for (String dim : f.dimensions()) {
      for (String value : f.of(dim)) {
        long n = count(searcher, request.query(), f.toggle(dim, value), request.crossLingual());
        if (n > 0) {
          relaxations.add(new Suggestions.Relaxation(dim, value, n));
        }
      }
    }
    if (f.hasDates()) {
      long n =
          count(
              searcher,
              request.query(),
              f.withDates(Optional.empty(), Optional.empty()),
              request.crossLingual());
      if (n > 0) {
        String range =
            f.from().map(Object::toString).orElse("")
                + " – "
                + f.to().map(Object::toString).orElse("");
        relaxations.add(new Suggestions.Relaxation(FacetedSearch.DATE_DIMENSION, range.strip(), n));
      }
    }
    return new Suggestions(corrected, correctedCount, relaxations);
  }

  private long count(IndexSearcher searcher, String query, Filters filters, boolean crossLingual)
      throws IOException {
    return searcher.count(
        faceted.filtered(
            ArchiveQueries.passagesMatching(parser.parse(query, crossLingual)), filters));
  }
}
