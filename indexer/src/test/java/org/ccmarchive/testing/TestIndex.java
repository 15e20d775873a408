package org.ccmarchive.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.RecordDocuments;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordMetadata;
import org.ccmarchive.structure.Passage;

/**
 * Small synthetic indexes with known facet values, for exact-count tests. Records go through {@link
 * RecordDocuments} like real ones; the enrichment values (speakers, articles, meeting path,
 * symbols…) are added with the schema's names the way the enrichment step stores them.
 */
public final class TestIndex {

  private final List<Rec> records = new ArrayList<>();

  public static TestIndex create() {
    return new TestIndex();
  }

  /** A record; {@code meeting} is a path like {@code Coordination Committee/2024-01-30}. */
  public Rec record(String id, String type, String meeting, String date) {
    Rec r = new Rec(id, type, meeting, date == null ? null : LocalDate.parse(date));
    records.add(r);
    return r;
  }

  /** Writes the index, replacing whatever is at {@code dir}. */
  public void write(Path dir) throws IOException {
    IndexSchema schema = new IndexSchema();
    RecordDocuments documents = new RecordDocuments(schema);
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (Directory d = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(d, config)) {
      for (Rec r : records) {
        List<Document> docs = documents.documents(r.toRecord());
        enrichRecord(docs.getFirst(), r);
        for (int i = 0; i < r.passages.size(); i++) {
          docs.set(i + 1, enrichPassage(schema, docs.get(i + 1), r, r.passages.get(i)));
        }
        writer.addDocuments(docs);
      }
      writer.setLiveCommitData(
          Map.of(IndexSchema.VERSION_KEY, Integer.toString(IndexSchema.VERSION)).entrySet());
      writer.commit();
    }
  }

  private static void enrichRecord(Document doc, Rec r) {
    r.symbol.ifPresent(s -> doc.add(new StringField(IndexSchema.SYMBOL, s, Field.Store.YES)));
    for (String s : r.cites) {
      doc.add(new StringField(IndexSchema.CITED_SYMBOLS, s, Field.Store.YES));
    }
  }

  private static Document enrichPassage(IndexSchema schema, Document built, Rec r, P p)
      throws IOException {
    Document facets = new Document();
    if (r.meeting != null) {
      facets.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_MEETING, r.meeting.split("/")));
    }
    p.values.forEach(
        (dim, values) -> values.forEach(v -> facets.add(new SortedSetDocValuesFacetField(dim, v))));
    Document out = new Document();
    for (IndexableField f : built) {
      out.add(f);
    }
    if (facets.iterator().hasNext()) {
      for (IndexableField f : schema.facetsConfig().build(facets)) {
        out.add(f);
      }
    }
    for (String s : p.values.getOrDefault(IndexSchema.FACET_SPEAKER, List.of())) {
      out.add(new StoredField(IndexSchema.SPEAKER, s));
    }
    for (String a : p.values.getOrDefault(IndexSchema.FACET_ARTICLE, List.of())) {
      out.add(new StoredField(IndexSchema.ARTICLE, a));
    }
    if (p.decision) {
      out.add(new StringField(IndexSchema.DECISION, "true", Field.Store.YES));
    }
    return out;
  }

  /** A record under construction. */
  public static final class Rec {
    private final String id;
    private final String type;
    private final String meeting;
    private final LocalDate date;
    private final List<P> passages = new ArrayList<>();
    private Optional<String> symbol = Optional.empty();
    private final List<String> cites = new ArrayList<>();

    private Rec(String id, String type, String meeting, LocalDate date) {
      this.id = id;
      this.type = type;
      this.meeting = meeting;
      this.date = date;
    }

    public Rec symbol(String s) {
      symbol = Optional.of(s);
      return this;
    }

    public Rec cites(String s) {
      cites.add(s);
      return this;
    }

    /** A passage; {@code facets} alternates dimension and value: "speaker", "Australia", … */
    public Rec passage(String number, String text, String... facets) {
      return passage(number, text, false, facets);
    }

    public Rec decision(String number, String text, String... facets) {
      return passage(number, text, true, facets);
    }

    private Rec passage(String number, String text, boolean decision, String... facets) {
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (int i = 0; i + 1 < facets.length; i += 2) {
        values.computeIfAbsent(facets[i], k -> new ArrayList<>()).add(facets[i + 1]);
      }
      passages.add(new P(number, text, decision, values));
      return this;
    }

    private ArchiveRecord toRecord() {
      List<Passage> list = new ArrayList<>();
      for (int i = 0; i < passages.size(); i++) {
        P p = passages.get(i);
        list.add(new Passage(i + 1, Passage.Kind.PARAGRAPH, p.number, 1, "", p.text));
      }
      RecordMetadata m =
          new RecordMetadata(
              id,
              Optional.ofNullable(type),
              Optional.ofNullable(meeting),
              Optional.ofNullable(date),
              Optional.of("en"));
      return new ArchiveRecord(id, id, "text/plain", "TXT", 100, 1, m, list);
    }
  }

  private record P(
      String number, String text, boolean decision, Map<String, List<String>> values) {}
}
