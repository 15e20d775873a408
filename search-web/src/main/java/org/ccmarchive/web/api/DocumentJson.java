package org.ccmarchive.web.api;

import java.util.List;
import org.ccmarchive.search.RecordDetail;
import org.ccmarchive.search.RecordSummary;

/** {@code GET /api/documents/{id}} answer. */
public record DocumentJson(
    String id,
    String title,
    String file,
    String format,
    String mediaType,
    String type,
    String meeting,
    String date,
    String language,
    int pageCount,
    long sizeBytes,
    String originalUrl,
    List<PassageJson> passages,
    String symbol,
    List<String> citedSymbols,
    String place,
    AttendanceJson attendance) {

  static DocumentJson of(RecordDetail d) {
    RecordSummary s = d.record();
    return new DocumentJson(
        s.id(),
        s.title(),
        s.file(),
        s.format(),
        s.mediaType(),
        s.type().orElse(null),
        s.meeting().orElse(null),
        s.date().orElse(null),
        s.language().orElse(null),
        s.pageCount(),
        s.sizeBytes(),
        "/doc/" + s.id() + "/original",
        d.passages().stream().map(PassageJson::of).toList(),
        s.symbol().orElse(null),
        s.citedSymbols(),
        s.place().orElse(null),
        AttendanceJson.of(s.attendance()));
  }
}
