package org.ccmarchive.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.RecordDocuments;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordMetadata;
import org.ccmarchive.structure.Passage;

/**
 * Small hand-made indexes for knowledge-base tests: records with the speakers, persons, articles,
 * topics and decision flags a test needs, written through {@link RecordDocuments} plus the
 * enrichment fields the schema names.
 */
public final class SyntheticArchive {

  private final List<RecordSpec> records = new ArrayList<>();

  /** A passage's enrichment. */
  public record Labels(
      List<String> speakers,
      List<String> persons,
      List<String> articles,
      List<String> topics,
      boolean isDecision) {

    public static Labels none() {
      return new Labels(List.of(), List.of(), List.of(), List.of(), false);
    }

    public static Labels spoken(String... speakers) {
      return new Labels(List.of(speakers), List.of(), List.of(), List.of(), false);
    }

    public Labels persons(String... p) {
      return new Labels(speakers, List.of(p), articles, topics, isDecision);
    }

    public Labels articles(String... a) {
      return new Labels(speakers, persons, List.of(a), topics, isDecision);
    }

    public Labels topics(String... t) {
      return new Labels(speakers, persons, articles, List.of(t), isDecision);
    }

    public Labels decision() {
      return new Labels(speakers, persons, articles, topics, true);
    }
  }

  /** One record being built; passages are numbered in the order they are added. */
  public final class RecordSpec {
    private final String id;
    private final String title;
    private final String type;
    private final String meeting;
    private final LocalDate date;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Labels> labels = new ArrayList<>();
    private String section = "";
    private String language = "en";
    private final List<String> present = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();

    private RecordSpec(String id, String title, String type, String meeting, LocalDate date) {
      this.id = id;
      this.title = title;
      this.type = type;
      this.meeting = meeting;
      this.date = date;
    }

    public RecordSpec heading(String text) {
      section = text;
      return add(Passage.Kind.HEADING, text, Labels.none());
    }

    public RecordSpec paragraph(String text, Labels l) {
      return add(Passage.Kind.PARAGRAPH, null, text, l);
    }

    /** A paragraph with its printed number ({@code 2.1}). */
    public RecordSpec numbered(String number, String text, Labels l) {
      return add(Passage.Kind.PARAGRAPH, number, text, l);
    }

    /** The record's language (ISO 639-1), English unless set. */
    public RecordSpec language(String lang) {
      language = lang;
      return this;
    }

    private RecordSpec add(Passage.Kind kind, String text, Labels l) {
      return add(kind, null, text, l);
    }

    private RecordSpec add(Passage.Kind kind, String number, String text, Labels l) {
      passages.add(new Passage(passages.size() + 1, kind, number, 0, section, text));
      labels.add(l);
      return this;
    }

    /** Lists a delegation as present, with its role ("" for none) and persons. */
    public RecordSpec present(String delegation, String role, String... persons) {
      StringBuilder p = new StringBuilder();
      for (String name : persons) {
        p.append(p.isEmpty() ? "" : ",")
            .append("{\"title\":\"\",\"name\":")
            .append(quote(name))
            .append('}');
      }
      present.add(
          "{\"name\":"
              + quote(delegation)
              + ",\"role\":"
              + quote(role)
              + ",\"persons\":["
              + p
              + "]}");
      return this;
    }

    public RecordSpec absent(String delegation) {
      absent.add(quote(delegation));
      return this;
    }

    /** The attendance list as the enrichment stores it on the record entry. */
    String attendanceJson() {
      return "{\"present\":["
          + String.join(",", present)
          + "],\"apologies\":[],\"absent\":["
          + String.join(",", absent)
          + "]}";
    }

    public SyntheticArchive done() {
      return SyntheticArchive.this;
    }

    ArchiveRecord record() {
      RecordMetadata m =
          new RecordMetadata(
              title,
              Optional.ofNullable(type),
              Optional.ofNullable(meeting),
              Optional.ofNullable(date),
              Optional.of(language));
      return new ArchiveRecord(id, id, "text/plain", "TXT", 100, 0, m, passages);
    }
  }

  public RecordSpec record(String id, String title, String type, String meeting, LocalDate date) {
    RecordSpec r = new RecordSpec(id, title, type, meeting, date);
    records.add(r);
    return r;
  }

  /** Writes (replacing) the index at {@code indexDir}. */
  public void write(Path indexDir) throws IOException {
    IndexSchema schema = new IndexSchema();
    RecordDocuments documents = new RecordDocuments(schema);
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer =
            new IndexWriter(
                dir,
                new IndexWriterConfig(schema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (RecordSpec spec : records) {
        List<Document> docs = documents.documents(spec.record());
        if (!spec.present.isEmpty() || !spec.absent.isEmpty()) {
          docs.getFirst().add(new StoredField(IndexSchema.ATTENDANCE, spec.attendanceJson()));
        }
        for (int i = 0; i < spec.labels.size(); i++) {
          docs.set(i + 1, enrich(schema, docs.get(i + 1), spec.labels.get(i)));
        }
        writer.addDocuments(docs);
      }
      writer.setLiveCommitData(
          Map.of(IndexSchema.VERSION_KEY, Integer.toString(IndexSchema.VERSION)).entrySet());
      writer.commit();
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Document enrich(IndexSchema schema, Document doc, Labels l) throws IOException {
    add(doc, IndexSchema.SPEAKER, IndexSchema.FACET_SPEAKER, l.speakers());
    add(doc, IndexSchema.PERSON, IndexSchema.FACET_PERSON, l.persons());
    add(doc, IndexSchema.ARTICLE, IndexSchema.FACET_ARTICLE, l.articles());
    add(doc, IndexSchema.TOPIC, IndexSchema.FACET_TOPIC, l.topics());
    if (l.isDecision()) {
      doc.add(new StringField(IndexSchema.DECISION, "true", Field.Store.YES));
    }
    return schema.facetsConfig().build(doc);
  }

  private static void add(Document doc, String field, String dim, List<String> values) {
    for (String v : values) {
      doc.add(new StringField(field, v, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(dim, v));
    }
  }
}
