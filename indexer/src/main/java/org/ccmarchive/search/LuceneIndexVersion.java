package org.ccmarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.ccmarchive.enrich.PassageFacts;
import org.ccmarchive.index.IndexSchema;

/**
 * One reader of the embedded index as an {@link IndexVersion}: passage handles are Lucene doc ids
 * of that reader. Speakers, articles and topics are read from the facet doc values the schema
 * declares, so this works whatever the enrichment stores.
 */
final class LuceneIndexVersion implements IndexVersion {

  private static final Set<String> PASSAGE_FIELDS =
      Set.of(
          IndexSchema.RECORD_ID,
          IndexSchema.ORDINAL,
          IndexSchema.PARAGRAPH,
          IndexSchema.SECTION,
          IndexSchema.PASSAGE_KIND);

  private final IndexSearcher searcher;
  private final UserQueryParser parser;

  LuceneIndexVersion(IndexSearcher searcher, UserQueryParser parser) {
    this.searcher = searcher;
    this.parser = parser;
  }

  /**
   * The reader's cache key, not its version number: a full rebuild starts a new folder whose
   * versions may repeat.
   */
  @Override
  public Object key() {
    return searcher.getIndexReader().getReaderCacheHelper().getKey();
  }

  @Override
  public List<RecordSummary> records() {
    return read(
        () -> {
          StoredFields stored = searcher.storedFields();
          List<RecordSummary> out = new ArrayList<>();
          for (int doc : DocIds.matching(searcher, ArchiveQueries.kind(IndexSchema.KIND_RECORD))) {
            out.add(StoredDocs.summary(stored.document(doc)));
          }
          return out;
        });
  }

  @Override
  public List<PassageEntry> passages() {
    return read(
        () -> {
          Set<Integer> decisions =
              new HashSet<>(
                  DocIds.matching(searcher, new TermQuery(new Term(IndexSchema.DECISION, "true"))));
          StoredFields stored = searcher.storedFields();
          FacetLabels labels = new FacetLabels(searcher);
          List<PassageEntry> out = new ArrayList<>();
          for (int doc : DocIds.matching(searcher, ArchiveQueries.kind(IndexSchema.KIND_PASSAGE))) {
            Document d = stored.document(doc, PASSAGE_FIELDS);
            Map<String, List<String>> dims = labels.of(doc);
            out.add(
                new PassageEntry(
                    doc,
                    d.get(IndexSchema.RECORD_ID),
                    d.getField(IndexSchema.ORDINAL).numericValue().intValue(),
                    Optional.ofNullable(d.get(IndexSchema.PARAGRAPH)),
                    nullToEmpty(d.get(IndexSchema.SECTION)),
                    nullToEmpty(d.get(IndexSchema.PASSAGE_KIND)),
                    new PassageFacts(
                        dims.getOrDefault(IndexSchema.FACET_SPEAKER, List.of()),
                        dims.getOrDefault(IndexSchema.FACET_PERSON, List.of()),
                        dims.getOrDefault(IndexSchema.FACET_ARTICLE, List.of()),
                        dims.getOrDefault(IndexSchema.FACET_TOPIC, List.of()),
                        dims.getOrDefault(IndexSchema.FACET_COUNTRY, List.of()),
                        decisions.contains(doc))));
          }
          return out;
        });
  }

  /** Read for the texts of one request; a version is read by one thread at a time. */
  private StoredFields texts;

  @Override
  public String text(int handle) {
    return read(
        () -> {
          if (texts == null) {
            texts = searcher.storedFields();
          }
          return texts.document(handle, Set.of(IndexSchema.TEXT)).get(IndexSchema.TEXT);
        });
  }

  @Override
  public Set<Integer> matching(String query) {
    return read(
        () ->
            new HashSet<>(
                DocIds.matching(searcher, ArchiveQueries.passagesMatching(parser.parse(query)))));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static <T> T read(IoWork<T> work) {
    try {
      return work.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface IoWork<T> {
    T run() throws IOException;
  }

  /** Reads the facet labels of one document from the sorted-set facet doc values. */
  private static final class FacetLabels {
    private final List<LeafReaderContext> leaves;
    private final Map<Integer, SortedSetDocValues> values = new HashMap<>();

    FacetLabels(IndexSearcher searcher) {
      this.leaves = searcher.getIndexReader().leaves();
    }

    Map<String, List<String>> of(int doc) throws IOException {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      SortedSetDocValues dv = values.get(leaf.ord);
      if (dv == null || dv.docID() > doc - leaf.docBase) {
        dv = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        values.put(leaf.ord, dv);
      }
      Map<String, List<String>> dims = new HashMap<>();
      if (!dv.advanceExact(doc - leaf.docBase)) {
        return dims;
      }
      for (int i = 0; i < dv.docValueCount(); i++) {
        String[] path = FacetsConfig.stringToPath(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        if (path.length == 2) {
          dims.computeIfAbsent(path[0], k -> new ArrayList<>()).add(path[1]);
        }
      }
      return dims;
    }
  }
}
