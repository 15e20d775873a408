package org.ccmarchive.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.ccmarchive.enrich.AttendanceCodec;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordMetadata;
import org.ccmarchive.structure.Passage;

/** Turns an {@link ArchiveRecord} into its Lucene documents: one record entry, one per passage. */
public final class RecordDocuments {

  /** Body text: positions for phrases, offsets in postings for the UnifiedHighlighter. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final IndexSchema schema;

  public RecordDocuments(IndexSchema schema) {
    this.schema = schema;
  }

  /** The record entry first, then its passages in order. */
  public List<Document> documents(ArchiveRecord record) throws IOException {
    List<Document> docs = new ArrayList<>(record.passages().size() + 1);
    docs.add(recordDocument(record));
    for (Passage p : record.passages()) {
      docs.add(passageDocument(record, p));
    }
    return docs;
  }

  private Document recordDocument(ArchiveRecord r) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_RECORD, Field.Store.NO));
    addRecordId(doc, r.id());
    doc.add(new StoredField(IndexSchema.FILE, r.file()));
    doc.add(new StoredField(IndexSchema.MEDIA_TYPE, r.mediaType()));
    doc.add(new StoredField(IndexSchema.SIZE_BYTES, r.sizeBytes()));
    doc.add(new StoredField(IndexSchema.PAGE_COUNT, r.pageCount()));
    doc.add(new TextField(IndexSchema.TITLE, r.metadata().title(), Field.Store.YES));
    addRecordFields(doc, r, Field.Store.YES);
    return doc;
  }

  private Document passageDocument(ArchiveRecord r, Passage p) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_PASSAGE, Field.Store.NO));
    addRecordId(doc, r.id());
    doc.add(new IntPoint(IndexSchema.ORDINAL, p.ordinal()));
    doc.add(new NumericDocValuesField(IndexSchema.ORDINAL, p.ordinal()));
    doc.add(new StoredField(IndexSchema.ORDINAL, p.ordinal()));
    doc.add(new Field(IndexSchema.TEXT, p.text(), TEXT_WITH_OFFSETS));
    doc.add(new StringField(IndexSchema.PASSAGE_KIND, p.kind().label(), Field.Store.YES));
    if (p.number() != null) {
      doc.add(new StringField(IndexSchema.PARAGRAPH, p.number(), Field.Store.YES));
    }
    if (p.page() > 0) {
      doc.add(new IntPoint(IndexSchema.PAGE, p.page()));
      doc.add(new StoredField(IndexSchema.PAGE, p.page()));
    }
    doc.add(new TextField(IndexSchema.SECTION, p.section(), Field.Store.YES));
    doc.add(new TextField(IndexSchema.TITLE, r.metadata().title(), Field.Store.NO));
    addRecordFields(doc, r, Field.Store.NO);
    PassageFields.add(doc, r.factsAt(p.ordinal() - 1));
    return schema.facetsConfig().build(doc);
  }

  /** Lucene requires one field to have the same structure in every document: both kinds get it. */
  private static void addRecordId(Document doc, String id) {
    doc.add(new StringField(IndexSchema.RECORD_ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.RECORD_ID, new BytesRef(id)));
  }

  /** Record-level fields that both kinds carry: stored on the record, indexed on both. */
  private static void addRecordFields(Document doc, ArchiveRecord r, Field.Store store) {
    RecordMetadata m = r.metadata();
    doc.add(new StringField(IndexSchema.FILE, r.file(), Field.Store.NO));
    doc.add(
        new StringField(IndexSchema.FORMAT, r.format().toLowerCase(Locale.ROOT), Field.Store.NO));
    if (store == Field.Store.YES) {
      doc.add(new StoredField(IndexSchema.FORMAT, r.format()));
    }
    // Keyword fields go through the schema's folding keyword analyzer (TextField), so that
    // "type:Minutes" and "meeting:\"coordination committee\"" match like the query parser folds
    // them.
    m.type().ifPresent(t -> doc.add(new TextField(IndexSchema.TYPE, t, store)));
    m.meeting().ifPresent(t -> PassageFields.addMeeting(doc, t, store));
    m.language().ifPresent(t -> doc.add(new TextField(IndexSchema.LANGUAGE, t, store)));
    m.date().ifPresent(d -> addDate(doc, d, store));
    m.symbol().ifPresent(t -> doc.add(new TextField(IndexSchema.SYMBOL, t, store)));
    m.place().ifPresent(t -> doc.add(new TextField(IndexSchema.PLACE, t, store)));
    for (String cited : m.citedSymbols()) {
      doc.add(new TextField(IndexSchema.CITED_SYMBOLS, cited, store));
    }
    if (store == Field.Store.YES && !m.attendance().isEmpty()) {
      doc.add(new StoredField(IndexSchema.ATTENDANCE, AttendanceCodec.toJson(m.attendance())));
    }
    if (store == Field.Store.NO) {
      addFacets(doc, r);
    }
  }

  private static void addDate(Document doc, LocalDate date, Field.Store store) {
    long day = date.toEpochDay();
    doc.add(new LongPoint(IndexSchema.DATE, day));
    doc.add(new NumericDocValuesField(IndexSchema.DATE, day));
    if (store == Field.Store.YES) {
      doc.add(new StoredField(IndexSchema.DATE, date.toString()));
    }
  }

  private static void addFacets(Document doc, ArchiveRecord r) {
    RecordMetadata m = r.metadata();
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_FORMAT, r.format()));
    m.type().ifPresent(t -> doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_TYPE, t)));
    m.meeting()
        .ifPresent(
            t ->
                doc.add(
                    new SortedSetDocValuesFacetField(
                        IndexSchema.FACET_MEETING, PassageFields.meetingPath(t))));
    m.language()
        .ifPresent(l -> doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_LANGUAGE, l)));
    m.date()
        .ifPresent(
            d ->
                doc.add(
                    new SortedSetDocValuesFacetField(
                        IndexSchema.FACET_YEAR, Integer.toString(d.getYear()))));
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
