package org.ccmarchive.web.records;

import java.util.List;
import org.ccmarchive.search.PassageHit;
import org.ccmarchive.search.RecordSummary;
import org.ccmarchive.search.SimilarPassage;

/** Model of {@code records/similar.jte}: passages like one passage. */
public record SimilarPage(RecordSummary record, PassageHit passage, List<SimilarPassage> similar) {

  public String passageUrl() {
    return "/doc/" + record.id() + "#" + passage.anchor();
  }

  public String url(SimilarPassage s) {
    return "/doc/" + s.record().id() + "#" + s.passage().anchor();
  }
}
