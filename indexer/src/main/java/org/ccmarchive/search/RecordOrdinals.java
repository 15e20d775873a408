package org.ccmarchive.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.ccmarchive.index.IndexSchema;

/**
 * The record ids of one index reader numbered across its segments (Lucene's ordinal map), so that a
 * search can tally a record in an array slot by number in every segment and turn only the records
 * it shows into text. Building it reads each segment's ids once; it is built once per reader
 * ({@link PerReader}) and immutable, so concurrent searches share it.
 */
final class RecordOrdinals {

  private final IndexReader reader;

  /** Null when the reader has at most one segment: its ordinals are already the global ones. */
  private final OrdinalMap map;

  private final int count;

  private RecordOrdinals(IndexReader reader, OrdinalMap map, int count) {
    this.reader = reader;
    this.map = map;
    this.count = count;
  }

  /** Numbers the record ids of {@code reader}. */
  static RecordOrdinals of(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    if (leaves.size() <= 1) {
      int count = leaves.isEmpty() ? 0 : ids(leaves.getFirst()).getValueCount();
      return new RecordOrdinals(reader, null, count);
    }
    SortedDocValues[] perSegment = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      perSegment[leaf.ord] = ids(leaf);
    }
    OrdinalMap map =
        OrdinalMap.build(reader.getReaderCacheHelper().getKey(), perSegment, PackedInts.DEFAULT);
    return new RecordOrdinals(reader, map, Math.toIntExact(map.getValueCount()));
  }

  /** How many distinct record ids the reader holds. */
  int count() {
    return count;
  }

  /** Segment {@code leaf}'s ordinals to the reader's. */
  LongValues global(LeafReaderContext leaf) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
  }

  /** The ids of one search: each segment's id column opened once, on the first id it names. */
  Names names() {
    return new Names();
  }

  /** Turns the reader's ordinals into ids; for one thread (doc-values columns are iterators). */
  final class Names {
    private final SortedDocValues[] open = new SortedDocValues[reader.leaves().size()];

    private Names() {}

    String id(int globalOrd) throws IOException {
      int segment = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
      long ord = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
      if (open[segment] == null) {
        open[segment] = ids(reader.leaves().get(segment));
      }
      return open[segment].lookupOrd(Math.toIntExact(ord)).utf8ToString();
    }
  }

  private static SortedDocValues ids(LeafReaderContext leaf) throws IOException {
    return DocValues.getSorted(leaf.reader(), IndexSchema.RECORD_ID);
  }

  /** The numbering of the current reader; a refresh brings a new reader and a new numbering. */
  static final class PerReader {
    private RecordOrdinals current;

    synchronized RecordOrdinals of(IndexReader reader) throws IOException {
      if (current == null
          || current.reader.getReaderCacheHelper().getKey()
              != reader.getReaderCacheHelper().getKey()) {
        current = RecordOrdinals.of(reader);
      }
      return current;
    }
  }
}
