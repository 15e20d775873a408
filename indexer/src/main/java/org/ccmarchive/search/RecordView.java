package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.ccmarchive.index.IndexSchema;

/** One record as its page shows it: every passage in order, its citations, or just its facts. */
final class RecordView {

  /** Upper bound on passages loaded for one record view. */
  static final int MAX_RECORD_PASSAGES = 20_000;

  private final LiveSearcher live;
  private final UserQueryParser parser;
  private final CostGate costly;
  private final Highlighters highlighters;
  private final RecordLinks links;

  RecordView(
      LiveSearcher live,
      UserQueryParser parser,
      CostGate costly,
      Highlighters highlighters,
      RecordLinks links) {
    this.live = live;
    this.parser = parser;
    this.costly = costly;
    this.highlighters = highlighters;
    this.links = links;
  }

  /** Every passage of one record in order; query terms marked when a query is given. */
  Optional<RecordDetail> record(String id, String query) {
    Query userQuery = query == null || query.isBlank() ? null : parser.parse(query, true);
    return costly.run(CostGate.isCostly(userQuery), () -> recordDetail(id, userQuery));
  }

  private Optional<RecordDetail> recordDetail(String id, Query userQuery) {
    return live.read(
        searcher -> {
          Optional<RecordSummary> summary = StoredDocs.summary(searcher, id);
          if (summary.isEmpty()) {
            return Optional.empty();
          }
          Query passages = ArchiveQueries.passagesOf(id);
          Sort byOrdinal = new Sort(new SortField(IndexSchema.ORDINAL, SortField.Type.INT));
          TopDocs docs = searcher.search(passages, MAX_RECORD_PASSAGES, byOrdinal);
          String[] marked = null;
          StoredFields stored = searcher.storedFields();
          if (userQuery != null && docs.scoreDocs.length > 0) {
            int[] ids = Arrays.stream(docs.scoreDocs).mapToInt(sd -> sd.doc).toArray();
            marked = highlighters.wholeTexts(searcher, userQuery, ids);
          }
          List<PassageHit> list = new ArrayList<>(docs.scoreDocs.length);
          for (int i = 0; i < docs.scoreDocs.length; i++) {
            Document d = stored.document(docs.scoreDocs[i].doc);
            String html = marked == null ? null : marked[i];
            list.add(StoredDocs.passage(d, html));
          }
          return Optional.of(
              new RecordDetail(
                  summary.get(),
                  list,
                  links.cites(searcher, summary.get()),
                  links.citedBy(searcher, summary.get())));
        });
  }

  /** Record-level facts of one record, for downloads and the documents API. */
  Optional<RecordSummary> summary(String id) {
    return live.read(searcher -> StoredDocs.summary(searcher, id));
  }
}
