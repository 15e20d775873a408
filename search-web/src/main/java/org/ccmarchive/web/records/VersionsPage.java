package org.ccmarchive.web.records;

import java.util.List;
import org.ccmarchive.search.PassageHit;
import org.ccmarchive.search.RecordSummary;
import org.ccmarchive.search.VersionPassage;

/** Model of {@code records/versions.jte}: one paragraph beside its other language versions. */
public record VersionsPage(
    RecordSummary record, PassageHit passage, List<VersionPassage> versions) {

  public String passageUrl() {
    return "/doc/" + record.id() + "#" + passage.anchor();
  }

  public String url(VersionPassage v) {
    return "/doc/" + v.version().id() + "#" + v.passage().anchor();
  }
}
