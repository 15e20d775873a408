package org.ccmarchive.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.ccmarchive.language.DocumentSymbols;
import org.ccmarchive.language.LanguageIdentifier;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordMetadata;
import org.ccmarchive.structure.Passage;

/** Turns an {@link ArchiveRecord} into its Lucene documents: one record entry, one per passage. */
public final class RecordDocuments {

  /** Body text: positions for phrases, offsets in postings for the UnifiedHighlighter. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /** Text sampled from the top of a record to tell its language. */
  private static final int LANGUAGE_SAMPLE_CHARS = 4000;

  private final IndexSchema schema;
  private final LanguageIdentifier languages;

  public RecordDocuments(IndexSchema schema) {
    this(schema, new LanguageIdentifier());
  }

  public RecordDocuments(IndexSchema schema, LanguageIdentifier languages) {
    this.schema = schema;
    this.languages = languages;
  }

  /** The record entry first, then its passages in order, ready for a Lucene index. */
  public List<Document> documents(ArchiveRecord record) throws IOException {
    List<Document> docs = fields(record);
    List<Document> built = new ArrayList<>(docs.size());
    built.add(docs.getFirst());
    for (Document d : docs.subList(1, docs.size())) {
      built.add(schema.facetsConfig().build(d));
    }
    return built;
  }

  /**
   * The same documents with their facet values still as {@link SortedSetDocValuesFacetField}s (not
   * yet Lucene's facet doc values): what {@link SolrDocuments} turns into Solr documents, so both
   * backends index one description of a record.
   */
  public List<Document> fields(ArchiveRecord record) {
    ArchiveRecord r = withLanguage(record);
    String recordLanguage = r.metadata().language().orElse(IndexSchema.LANGUAGE_OTHER);
    // The enrichment's symbol (sidecar-correctable) wins; else the one the text announces.
    Optional<String> symbol =
        r.metadata()
            .symbol()
            .or(() -> DocumentSymbols.ownSymbol(r.passages().stream().map(Passage::text).toList()));
    List<Document> docs = new ArrayList<>(r.passages().size() + 1);
    docs.add(recordDocument(r, symbol));
    for (Passage p : r.passages()) {
      docs.add(passageDocument(r, p, languages.identify(p.text(), recordLanguage), symbol));
    }
    return docs;
  }

  /** A declared language (sidecar, manifest) wins; otherwise the record's text tells. */
  private ArchiveRecord withLanguage(ArchiveRecord r) {
    RecordMetadata m = r.metadata();
    String declared = LanguageIdentifier.code(m.language().orElse(null));
    String language =
        declared != null
            ? declared
            : languages.identify(sample(r.passages()), IndexSchema.LANGUAGE_OTHER);
    RecordMetadata withLanguage =
        new RecordMetadata(
            m.title(),
            m.type(),
            m.meeting(),
            m.date(),
            Optional.of(language),
            m.symbol(),
            m.citedSymbols(),
            m.place(),
            m.attendance());
    return new ArchiveRecord(
        r.id(),
        r.file(),
        r.mediaType(),
        r.format(),
        r.sizeBytes(),
        r.pageCount(),
        withLanguage,
        r.passages(),
        r.facts());
  }

  private static String sample(List<Passage> passages) {
    StringBuilder sb = new StringBuilder();
    for (Passage p : passages) {
      if (sb.length() >= LANGUAGE_SAMPLE_CHARS) {
        break;
      }
      sb.append(p.text()).append('\n');
    }
    return sb.toString();
  }

  private static Document recordDocument(ArchiveRecord r, Optional<String> symbol) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_RECORD, Field.Store.NO));
    addRecordId(doc, r.id());
    doc.add(new StoredField(IndexSchema.FILE, r.file()));
    doc.add(new StoredField(IndexSchema.MEDIA_TYPE, r.mediaType()));
    doc.add(new StoredField(IndexSchema.SIZE_BYTES, r.sizeBytes()));
    doc.add(new StoredField(IndexSchema.PAGE_COUNT, r.pageCount()));
    doc.add(new TextField(IndexSchema.TITLE, r.metadata().title(), Field.Store.YES));
    addRecordFields(doc, r, Field.Store.YES);
    r.metadata()
        .language()
        .ifPresent(l -> doc.add(new StringField(IndexSchema.LANGUAGE, l, Field.Store.YES)));
    symbol.ifPresent(s -> addSymbol(doc, s, Field.Store.YES));
    addCitedSymbols(doc, r, symbol);
    return doc;
  }

  private static Document passageDocument(
      ArchiveRecord r, Passage p, String language, Optional<String> symbol) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_PASSAGE, Field.Store.NO));
    addRecordId(doc, r.id());
    doc.add(new IntPoint(IndexSchema.ORDINAL, p.ordinal()));
    doc.add(new NumericDocValuesField(IndexSchema.ORDINAL, p.ordinal()));
    doc.add(new StoredField(IndexSchema.ORDINAL, p.ordinal()));
    addText(doc, p.text(), language);
    symbol.ifPresent(s -> addSymbol(doc, s, Field.Store.NO));
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
    return doc;
  }

  /**
   * The text, stored once, indexed twice: in its language's field (stemmed for that language) and
   * in the language-neutral field. Both carry offsets so the highlighter can mark either.
   */
  private static void addText(Document doc, String text, String language) {
    doc.add(new StoredField(IndexSchema.TEXT, text));
    if (IndexSchema.LANGUAGES.contains(language)) {
      doc.add(new Field(IndexSchema.textField(language), text, TEXT_WITH_OFFSETS));
    }
    doc.add(new Field(IndexSchema.TEXT_NEUTRAL, text, TEXT_WITH_OFFSETS));
    doc.add(new StringField(IndexSchema.LANGUAGE, language, Field.Store.NO));
    doc.add(new StringField(IndexSchema.PASSAGE_LANGUAGE, language, Field.Store.YES));
    // The language facet counts passages by the language they are written in, as language: does.
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_LANGUAGE, language));
    for (String cited : DocumentSymbols.cited(text)) {
      doc.add(new StringField(IndexSchema.CITED_SYMBOLS, fold(cited), Field.Store.NO));
    }
  }

  /** Symbols the record cites (its own left out), for the cites / cited-by links. */
  private static void addCitedSymbols(Document doc, ArchiveRecord r, Optional<String> own) {
    java.util.Set<String> cited = new java.util.LinkedHashSet<>(r.metadata().citedSymbols());
    if (cited.isEmpty()) {
      for (Passage p : r.passages()) {
        cited.addAll(DocumentSymbols.cited(p.text()));
      }
    }
    own.ifPresent(cited::remove);
    for (String c : cited) {
      doc.add(new StringField(IndexSchema.CITED_SYMBOLS, fold(c), Field.Store.NO));
      doc.add(new StoredField(IndexSchema.CITED_SYMBOLS, c));
    }
  }

  private static void addSymbol(Document doc, String symbol, Field.Store store) {
    doc.add(new StringField(IndexSchema.SYMBOL, fold(symbol), Field.Store.NO));
    if (store == Field.Store.YES) {
      doc.add(new StoredField(IndexSchema.SYMBOL, symbol));
    }
  }

  /** Symbols are matched as whole keywords, case-blind (the schema's keyword analyzer folds). */
  private static String fold(String symbol) {
    return symbol.toLowerCase(Locale.ROOT);
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
    // language: indexed per passage (its own language) and on the record entry, see addText.
    m.date().ifPresent(d -> addDate(doc, d, store));
    // symbol and cited_symbols: see addSymbol and addCitedSymbols (keywords, prefix-searchable).
    m.place().ifPresent(t -> doc.add(new TextField(IndexSchema.PLACE, t, store)));
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
    m.date()
        .ifPresent(
            d ->
                doc.add(
                    new SortedSetDocValuesFacetField(
                        IndexSchema.FACET_YEAR, Integer.toString(d.getYear()))));
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
