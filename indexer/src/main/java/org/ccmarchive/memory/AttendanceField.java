package org.ccmarchive.memory;

import java.util.List;
import org.apache.lucene.document.Document;

/**
 * Reads a record's attendance list from its record entry. The enrichment stage decides how it is
 * stored; until it stores one, records have no attendance.
 */
final class AttendanceField {

  private AttendanceField() {}

  static List<Attendee> read(Document recordEntry) {
    return List.of();
  }
}
