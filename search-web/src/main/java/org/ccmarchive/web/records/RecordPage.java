package org.ccmarchive.web.records;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccmarchive.search.RecordDetail;
import org.ccmarchive.search.RecordVersion;

/** Model of {@code records/record.jte}: a whole record, with the query that led here if any. */
public record RecordPage(RecordDetail detail, String query, List<RecordVersion> versions) {

  public RecordPage(RecordDetail detail, String query) {
    this(detail, query, List.of());
  }

  /** Link to another language version, keeping the query. */
  public String versionUrl(RecordVersion v) {
    return "/doc/"
        + v.id()
        + (query.isEmpty() ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  public String searchUrl() {
    return query.isEmpty() ? "/" : "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  public String originalUrl() {
    return "/doc/" + detail.record().id() + "/original";
  }

  public long marked() {
    return detail.passages().stream().filter(p -> p.snippet().html().contains("<mark>")).count();
  }
}
