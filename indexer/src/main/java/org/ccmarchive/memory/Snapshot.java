package org.ccmarchive.memory;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.ccmarchive.enrich.AttendanceCodec;
import org.ccmarchive.index.IndexSchema;

/**
 * Everything the knowledge base aggregates, read once per index version: record facts, and for
 * every passage its place, speakers, articles, topics and decision flag. Passage text stays in the
 * index and is read only for the passages a page shows.
 *
 * <p>Speakers, articles and topics are read from the facet doc values the schema declares, so this
 * works whatever the enrichment stores.
 */
final class Snapshot {

  private static final Set<String> PASSAGE_FIELDS =
      Set.of(
          IndexSchema.RECORD_ID,
          IndexSchema.ORDINAL,
          IndexSchema.PARAGRAPH,
          IndexSchema.SECTION,
          IndexSchema.PASSAGE_KIND);

  final Map<String, RecordFacts> records;
  final List<IndexedPassage> passages;
  private final Map<String, List<IndexedPassage>> bySpeaker;
  private final Map<String, List<IndexedPassage>> byPerson;
  private final Map<String, List<IndexedPassage>> byArticle;
  private final Map<String, String> versionGroups;

  private Snapshot(
      Map<String, RecordFacts> records,
      List<IndexedPassage> passages,
      Map<String, String> versionGroups) {
    this.records = records;
    this.passages = passages;
    this.versionGroups = versionGroups;
    this.bySpeaker = bySlug(passages, IndexedPassage::speakers);
    this.byPerson = bySlug(passages, IndexedPassage::persons);
    this.byArticle = bySlug(passages, IndexedPassage::articles);
  }

  /**
   * The key shared by the language versions of record {@code id}: its symbol (which the manifest
   * can set), else its meeting with the printed numbers of its paragraphs (a translation keeps the
   * numbered structure); empty when it has neither.
   */
  Optional<String> versionGroup(String id) {
    return Optional.ofNullable(versionGroups.get(id));
  }

  /** The earliest date among a meeting's records. */
  Optional<LocalDate> meetingDate(Meeting m) {
    return records.values().stream()
        .filter(r -> m.equals(r.meeting().orElse(null)))
        .flatMap(r -> r.date().stream())
        .min(java.util.Comparator.naturalOrder());
  }

  /** Passages where {@code name} speaks (names compared as slugs). */
  List<IndexedPassage> speaking(String name) {
    return bySpeaker.getOrDefault(Slugs.of(name), List.of());
  }

  List<IndexedPassage> byPerson(String name) {
    return byPerson.getOrDefault(Slugs.of(name), List.of());
  }

  List<IndexedPassage> referringTo(String article) {
    return byArticle.getOrDefault(Slugs.of(article), List.of());
  }

  /** Read once per index version so that pages do not compare names passage by passage. */
  private static Map<String, List<IndexedPassage>> bySlug(
      List<IndexedPassage> passages,
      java.util.function.Function<IndexedPassage, List<String>> names) {
    Map<String, List<IndexedPassage>> index = new HashMap<>();
    for (IndexedPassage p : passages) {
      for (String slug : names.apply(p).stream().map(Slugs::of).distinct().toList()) {
        index.computeIfAbsent(slug, k -> new ArrayList<>()).add(p);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return index;
  }

  static Snapshot load(IndexSearcher searcher) throws IOException {
    Map<String, RecordFacts> records = new LinkedHashMap<>();
    Map<String, String> symbols = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (int doc : DocIds.matching(searcher, kind(IndexSchema.KIND_RECORD))) {
      Document d = stored.document(doc);
      RecordFacts r = recordFacts(d);
      records.put(r.id(), r);
      String symbol = d.get(IndexSchema.SYMBOL);
      if (symbol != null && !symbol.isBlank()) {
        symbols.put(r.id(), symbol.strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    Set<Integer> decisions =
        new HashSet<>(
            DocIds.matching(searcher, new TermQuery(new Term(IndexSchema.DECISION, "true"))));
    List<IndexedPassage> passages = new ArrayList<>();
    int[] passageDocs =
        DocIds.matching(searcher, kind(IndexSchema.KIND_PASSAGE)).stream()
            .mapToInt(Integer::intValue)
            .toArray();
    FacetLabels labels = new FacetLabels(searcher);
    for (int doc : passageDocs) {
      Document d = stored.document(doc, PASSAGE_FIELDS);
      RecordFacts record = records.get(d.get(IndexSchema.RECORD_ID));
      if (record == null) {
        continue;
      }
      Map<String, List<String>> dims = labels.of(doc);
      passages.add(
          new IndexedPassage(
              doc,
              record,
              d.getField(IndexSchema.ORDINAL).numericValue().intValue(),
              Optional.ofNullable(d.get(IndexSchema.PARAGRAPH)),
              nullToEmpty(d.get(IndexSchema.SECTION)),
              nullToEmpty(d.get(IndexSchema.PASSAGE_KIND)),
              dims.getOrDefault(IndexSchema.FACET_SPEAKER, List.of()),
              dims.getOrDefault(IndexSchema.FACET_PERSON, List.of()),
              dims.getOrDefault(IndexSchema.FACET_ARTICLE, List.of()),
              dims.getOrDefault(IndexSchema.FACET_TOPIC, List.of()),
              dims.getOrDefault(IndexSchema.FACET_COUNTRY, List.of()),
              decisions.contains(doc)));
    }
    return new Snapshot(
        Map.copyOf(records), List.copyOf(passages), versionGroups(symbols, passages));
  }

  /** Fewer printed numbers than this say too little about a record's structure to match on. */
  private static final int MIN_NUMBERED = 3;

  private static Map<String, String> versionGroups(
      Map<String, String> symbols, List<IndexedPassage> passages) {
    Map<String, List<IndexedPassage>> byRecord = new LinkedHashMap<>();
    for (IndexedPassage p : passages) {
      byRecord.computeIfAbsent(p.record().id(), k -> new ArrayList<>()).add(p);
    }
    Map<String, String> groups = new HashMap<>();
    byRecord.forEach(
        (id, ps) -> {
          List<String> numbers =
              ps.stream()
                  .sorted(java.util.Comparator.comparingInt(IndexedPassage::ordinal))
                  .flatMap(p -> p.paragraph().stream())
                  .toList();
          Optional<Meeting> meeting = ps.getFirst().record().meeting();
          if (symbols.containsKey(id)) {
            groups.put(id, "symbol " + symbols.get(id));
          } else if (meeting.isPresent() && numbers.size() >= MIN_NUMBERED) {
            groups.put(id, "structure " + meeting.get().path() + " " + String.join(",", numbers));
          }
        });
    return Map.copyOf(groups);
  }

  private static RecordFacts recordFacts(Document d) {
    return new RecordFacts(
        d.get(IndexSchema.RECORD_ID),
        nullToEmpty(d.get(IndexSchema.TITLE)),
        nullToEmpty(d.get(IndexSchema.FORMAT)),
        Optional.ofNullable(d.get(IndexSchema.TYPE)),
        Meeting.parse(d.get(IndexSchema.MEETING)),
        date(d.get(IndexSchema.DATE)),
        Optional.ofNullable(d.get(IndexSchema.PLACE)),
        Optional.ofNullable(d.get(IndexSchema.LANGUAGE)),
        Attendee.of(AttendanceCodec.fromJson(d.get(IndexSchema.ATTENDANCE))));
  }

  private static Optional<LocalDate> date(String iso) {
    if (iso == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static TermQuery kind(String kind) {
    return new TermQuery(new Term(IndexSchema.KIND, kind));
  }

  /** Reads the facet labels of one document from the sorted-set facet doc values. */
  private static final class FacetLabels {
    private final List<LeafReaderContext> leaves;
    private final Map<Integer, SortedSetDocValues> values = new HashMap<>();

    FacetLabels(IndexSearcher searcher) {
      this.leaves = searcher.getIndexReader().leaves();
    }

    Map<String, List<String>> of(int doc) throws IOException {
      LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
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
