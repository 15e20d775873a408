package org.ccmarchive.web.api;

import java.util.List;
import org.ccmarchive.search.RecordDetail;
import org.ccmarchive.search.RecordSummary;
import org.ccmarchive.search.RecordVersion;

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
    AttendanceJson attendance,
    List<Link> cites,
    List<Link> citedBy,
    List<VersionJson> versions) {

  /** A cited or citing symbol; {@code id} is null when the record is not in the archive. */
  public record Link(String symbol, String id, String title) {
    static Link of(RecordDetail.RecordLink l) {
      return new Link(l.symbol(), l.recordId().orElse(null), l.title().orElse(null));
    }
  }

  /** Another language version of the record (same document symbol). */
  public record VersionJson(String id, String title, String language, String url) {
    static VersionJson of(RecordVersion v) {
      return new VersionJson(v.id(), v.title(), v.language(), "/api/documents/" + v.id());
    }
  }

  static DocumentJson of(RecordDetail d, List<RecordVersion> versions) {
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
        AttendanceJson.of(s.attendance()),
        d.cites().stream().map(Link::of).toList(),
        d.citedBy().stream().map(Link::of).toList(),
        versions.stream().map(VersionJson::of).toList());
  }
}
