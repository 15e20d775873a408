package org.ccmarchive.web.memory;

import java.util.List;
import java.util.Optional;
import org.ccmarchive.memory.ArticleProfile;
import org.ccmarchive.memory.DecisionDetail;
import org.ccmarchive.memory.DecisionRegister;
import org.ccmarchive.memory.DelegationProfile;
import org.ccmarchive.memory.DelegationSummary;
import org.ccmarchive.memory.MeetingProfile;
import org.ccmarchive.memory.MeetingSummary;
import org.ccmarchive.memory.PersonProfile;
import org.ccmarchive.memory.PersonSummary;
import org.ccmarchive.memory.SavedSearch;
import org.ccmarchive.web.common.Links;

/** Models of the knowledge-base templates under {@code memory/}. */
public final class Pages {

  private Pages() {}

  public record Decisions(DecisionRegister register, Optional<String> meetingLabel) {
    /** This register's URL with one filter changed (null removes it). */
    public String with(String name, String value) {
      var f = register.filter();
      StringBuilder sb = new StringBuilder("/decisions");
      String sep = "?";
      String[][] params = {
        {"meeting", f.meeting().orElse(null)},
        {"article", f.article().orElse(null)},
        {"topic", f.topic().orElse(null)},
        {"year", f.year().map(String::valueOf).orElse(null)}
      };
      for (String[] p : params) {
        String v = p[0].equals(name) ? value : p[1];
        if (v != null) {
          sb.append(sep).append(p[0]).append('=').append(Links.encode(v));
          sep = "&";
        }
      }
      return sb.toString();
    }
  }

  public record Decision(DecisionDetail detail) {}

  public record Delegations(List<DelegationSummary> delegations, Chart top) {}

  public record Delegation(
      DelegationProfile profile, Chart timeline, Chart articles, Chart topics) {}

  public record Articles(List<ArticleRow> articles, Chart mentions) {}

  public record ArticleRow(int number, String title, long mentions) {}

  public record Article(ArticleProfile profile, Chart timeline, Chart delegations) {}

  public record Meetings(List<MeetingSummary> meetings) {}

  public record Meeting(MeetingProfile profile) {}

  public record People(List<PersonSummary> people) {}

  public record Person(PersonProfile profile, Chart timeline) {}

  /**
   * A page of the saved searches, and the search offered for saving (from the search page's link).
   *
   * @param own ids on this page that the asking browser saved (it may delete them)
   * @param page 1-based page of the list
   * @param pages pages in all
   * @param total saved searches in all
   * @param draftFilters filter parameters carried as hidden fields
   */
  public record Saved(
      List<SavedSearch> searches,
      java.util.Set<String> own,
      int page,
      int pages,
      int total,
      String draftQuery,
      List<Param> draftFilters) {}

  /** One request parameter. */
  public record Param(String name, String value) {}
}
