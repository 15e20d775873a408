package org.ccmarchive.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** What the index already holds for each file: the state an incremental run compares against. */
final class IndexedFiles {

  /**
   * One record or remembered failure.
   *
   * @param failure non-null when the file failed and no record was written for it
   */
  record Entry(
      String id,
      String file,
      String hash,
      long size,
      long mtime,
      String failure,
      String metadataHash) {

    /** True when the hand-set metadata is what it was; entries from before it was kept had none. */
    boolean sameMetadata(String current) {
      return current.equals(metadataHash == null ? "" : metadataHash);
    }
  }

  private IndexedFiles() {}

  /** Entries by record id, as {@code reader} sees the index. */
  static Map<String, Entry> read(DirectoryReader reader) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (String kind : List.of(IndexSchema.KIND_RECORD, IndexSchema.KIND_FAILURE)) {
        read(leaf.reader(), kind, entries);
      }
    }
    return entries;
  }

  /**
   * The entries of one kind in one segment: from the file-state column, or from the stored fields
   * for entries written before the column existed.
   */
  private static void read(LeafReader leaf, String kind, Map<String, Entry> entries)
      throws IOException {
    PostingsEnum docs = leaf.postings(new Term(IndexSchema.KIND, kind), PostingsEnum.NONE);
    if (docs == null) {
      return;
    }
    BinaryDocValues state = leaf.getBinaryDocValues(IndexSchema.FILE_STATE);
    Bits live = leaf.getLiveDocs();
    StoredFields stored = null;
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Entry e;
      if (state != null && state.advanceExact(doc)) {
        e = decode(state.binaryValue());
      } else {
        stored = stored == null ? leaf.storedFields() : stored;
        e = entry(stored.document(doc));
      }
      entries.put(e.id(), e);
    }
  }

  /** The file state as one doc value; {@link #decode} reads it back. */
  static BytesRef encode(Entry e) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(e.id());
      out.writeString(e.file());
      out.writeString(e.hash());
      out.writeZLong(e.size());
      out.writeZLong(e.mtime());
      out.writeString(e.failure() == null ? "" : e.failure());
      out.writeByte((byte) (e.failure() == null ? 0 : 1));
      out.writeString(e.metadataHash() == null ? "" : e.metadataHash());
    } catch (IOException impossible) {
      throw new IllegalStateException("writing to memory failed", impossible);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static Entry decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    String id = in.readString();
    String file = in.readString();
    String hash = in.readString();
    long size = in.readZLong();
    long mtime = in.readZLong();
    String failure = in.readString();
    boolean failed = in.readByte() == 1;
    String metadataHash = in.readString();
    return new Entry(id, file, hash, size, mtime, failed ? failure : null, metadataHash);
  }

  private static Entry entry(Document d) {
    return new Entry(
        d.get(IndexSchema.RECORD_ID),
        d.get(IndexSchema.FILE),
        d.get(IndexSchema.CONTENT_HASH),
        longValue(d, IndexSchema.SIZE_BYTES),
        longValue(d, IndexSchema.FILE_MTIME),
        d.get(IndexSchema.FAILURE_REASON),
        d.get(IndexSchema.METADATA_HASH));
  }

  private static long longValue(Document d, String field) {
    var f = d.getField(field);
    return f == null || f.numericValue() == null ? -1 : f.numericValue().longValue();
  }
}
