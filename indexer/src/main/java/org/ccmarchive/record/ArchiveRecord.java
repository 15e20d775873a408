package org.ccmarchive.record;

import java.util.List;
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
 * @param metadata what the record is: title, type, meeting, date, language
 * @param passages the record's paragraphs in order
 */
public record ArchiveRecord(
    String id,
    String file,
    String mediaType,
    String format,
    long sizeBytes,
    int pageCount,
    RecordMetadata metadata,
    List<Passage> passages) {

  public ArchiveRecord {
    passages = List.copyOf(passages);
  }
}
