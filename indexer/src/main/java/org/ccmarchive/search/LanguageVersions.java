package org.ccmarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.ccmarchive.index.IndexSchema;

/**
 * A record's language versions (the records with the same symbol) and, for one paragraph, the
 * same-numbered paragraph in each of them.
 */
final class LanguageVersions {

  private final LiveSearcher live;

  LanguageVersions(LiveSearcher live) {
    this.live = live;
  }

  /**
   * The page with the language versions of a record as one hit: a hit whose record is a version of
   * a record ranked higher on the page joins that hit, and every hit links to all its record's
   * versions (matching or not).
   */
  SearchResults together(SearchResults results) {
    return live.read(
        searcher ->
            together(
                results,
                id -> {
                  try {
                    return versions(searcher, id);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }));
  }

  /** {@link #together} with a record's versions from {@code versionsOf} (either backend's). */
  static SearchResults together(
      SearchResults results, java.util.function.Function<String, List<RecordVersion>> versionsOf) {
    List<RecordHit> kept = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (RecordHit hit : results.hits()) {
      if (shown.add(hit.record().id())) {
        List<RecordVersion> others = versionsOf.apply(hit.record().id());
        others.forEach(v -> shown.add(v.id()));
        kept.add(hit.withVersions(others));
      }
    }
    return results.withHits(kept);
  }

  /** The record's other language versions (records with the same symbol), by language. */
  List<RecordVersion> of(String id) {
    return live.read(searcher -> versions(searcher, id));
  }

  /**
   * For passage {@code ordinal} of record {@code id}, the same-numbered paragraph in each other
   * language version (possibly none); empty when the record has no such passage.
   */
  Optional<List<VersionPassage>> passages(String id, int ordinal) {
    return live.read(
        searcher -> {
          Optional<Document> own = StoredDocs.passageDoc(searcher, id, ordinal);
          if (own.isEmpty()) {
            return Optional.empty();
          }
          String number = own.get().get(IndexSchema.PARAGRAPH);
          List<VersionPassage> out = new ArrayList<>();
          for (RecordVersion v : versions(searcher, id)) {
            Optional<Document> match =
                number != null
                    ? StoredDocs.numberedPassage(searcher, v.id(), number)
                    : StoredDocs.passageDoc(searcher, v.id(), ordinal);
            match.ifPresent(d -> out.add(new VersionPassage(v, StoredDocs.passage(d, null))));
          }
          return Optional.of(out);
        });
  }

  private static List<RecordVersion> versions(IndexSearcher searcher, String id)
      throws IOException {
    Optional<Document> record = StoredDocs.recordDoc(searcher, id);
    String symbol = record.map(d -> d.get(IndexSchema.SYMBOL)).orElse(null);
    if (symbol == null) {
      return List.of();
    }
    Query sameSymbol =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(IndexSchema.SYMBOL, symbol.toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.FILTER)
            .add(ArchiveQueries.kind(IndexSchema.KIND_RECORD), BooleanClause.Occur.FILTER)
            .build();
    List<RecordVersion> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(sameSymbol, 50).scoreDocs) {
      Document d = stored.document(sd.doc);
      if (!id.equals(d.get(IndexSchema.RECORD_ID))) {
        String lang = d.get(IndexSchema.LANGUAGE);
        out.add(
            new RecordVersion(
                d.get(IndexSchema.RECORD_ID),
                d.get(IndexSchema.TITLE),
                lang == null ? IndexSchema.LANGUAGE_OTHER : lang));
      }
    }
    out.sort(Comparator.comparing(v -> IndexSchema.LANGUAGES.indexOf(v.language())));
    return out;
  }
}
