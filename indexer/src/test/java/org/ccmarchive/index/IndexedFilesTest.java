package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The file state an incremental run compares against, from the column or from older entries. */
class IndexedFilesTest {

  @Test
  void theFileStateColumnRoundTripsEveryValue() throws Exception {
    var failed = new IndexedFiles.Entry("a.pdf", "a.pdf", "h1", 10, -5, "bad\tfile", "");
    var ok = new IndexedFiles.Entry("d~b.txt", "d/b.txt", "h2", 0, 1_700_000_000_000L, null, "m");
    assertThat(IndexedFiles.decode(IndexedFiles.encode(failed))).isEqualTo(failed);
    assertThat(IndexedFiles.decode(IndexedFiles.encode(ok))).isEqualTo(ok);
  }

  @Test
  void entriesWrittenBeforeTheColumnAreReadFromStoredFieldsBesideNewerOnes() throws Exception {
    var newer = new IndexedFiles.Entry("new.txt", "new.txt", "h-new", 3, 4, null, "meta");
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
        w.addDocuments(List.of(legacyRecord(), passage("old.txt")));
        w.commit(); // a segment without the column
        Document d = record(newer.id());
        d.add(new BinaryDocValuesField(IndexSchema.FILE_STATE, IndexedFiles.encode(newer)));
        w.addDocuments(List.of(d, passage(newer.id())));
        w.addDocument(record("deleted.txt"));
        w.deleteDocuments(new Term(IndexSchema.RECORD_ID, "deleted.txt"));
        w.forceMerge(1); // one segment where only some entries have the column
        w.commit();
      }
      Map<String, IndexedFiles.Entry> read;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        read = IndexedFiles.read(reader);
      }
      assertThat(read).containsOnlyKeys("old.txt", "new.txt");
      assertThat(read.get("new.txt")).isEqualTo(newer);
      assertThat(read.get("old.txt"))
          .isEqualTo(new IndexedFiles.Entry("old.txt", "old.txt", "h-old", 7, 8, null, null));
    }
  }

  private static Document legacyRecord() {
    Document d = record("old.txt");
    d.add(new StoredField(IndexSchema.FILE, "old.txt"));
    d.add(new StoredField(IndexSchema.CONTENT_HASH, "h-old"));
    d.add(new StoredField(IndexSchema.SIZE_BYTES, 7L));
    d.add(new StoredField(IndexSchema.FILE_MTIME, 8L));
    return d;
  }

  private static Document record(String id) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_RECORD, Field.Store.NO));
    d.add(new StringField(IndexSchema.RECORD_ID, id, Field.Store.YES));
    return d;
  }

  private static Document passage(String id) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_PASSAGE, Field.Store.NO));
    d.add(new StringField(IndexSchema.RECORD_ID, id, Field.Store.YES));
    return d;
  }
}
