package org.ccmarchive.record;

import java.util.Collections;
import java.util.List;
import org.ccmarchive.enrich.PassageFacts;
import org.ccmarchive.structure.Passage;

/**
 * One record of the archive, ready to index: where it came from, what it is, and its passages.
 *
 * @param id stable id derived from the corpus-relative path (see {@link RecordIds})
 * @param file corpus-relative path with forward slashes
 * @param mediaType detected media type
 * @param format short format name (PDF, DOCX…)
 * @param sizeBytes file size
 * @param pageCount pages, 0 when the format has none
 * @param metadata what the record is: title, type, meeting, date, language, symbols, attendance
 * @param passages the record's paragraphs in order
 * @param facts what enrichment found in each passage, same order and size as {@code passages}
 */
public record ArchiveRecord(
    String id,
    String file,
    String mediaType,
    String format,
    long sizeBytes,
    int pageCount,
    RecordMetadata metadata,
    List<Passage> passages,
    List<PassageFacts> facts) {

  public ArchiveRecord {
    passages = List.copyOf(passages);
    facts = List.copyOf(facts);
    if (facts.size() != passages.size()) {
      throw new IllegalArgumentException("one PassageFacts per passage expected");
    }
  }

  /** A record not (yet) enriched: its passages carry no facts. */
  public ArchiveRecord(
      String id,
      String file,
      String mediaType,
      String format,
      long sizeBytes,
      int pageCount,
      RecordMetadata metadata,
      List<Passage> passages) {
    this(
        id,
        file,
        mediaType,
        format,
        sizeBytes,
        pageCount,
        metadata,
        passages,
        Collections.nCopies(passages.size(), PassageFacts.NONE));
  }

  /** The facts of the passage at {@code index} in {@link #passages()}. */
  public PassageFacts factsAt(int index) {
    return facts.get(index);
  }
}
