package org.ccmarchive.web.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ccmarchive.memory.ConventionArticles;
import org.ccmarchive.memory.PassageVersion;
import org.ccmarchive.memory.PassageView;
import org.ccmarchive.memory.RecordFacts;
import org.ccmarchive.memory.RoleEvidence;
import org.ccmarchive.memory.SavedSearch;
import org.ccmarchive.memory.Slugs;

/**
 * Where the knowledge base's names, records and saved searches link to: the query side returns
 * plain facts, and only the web decides its URLs.
 */
public final class Links {

  private Links() {}

  public static String delegation(String name) {
    return "/delegations/" + Slugs.of(name);
  }

  public static String person(String name) {
    return "/people/" + Slugs.of(name);
  }

  /** An article page for {@code Article N}, else a search for the label. */
  public static String article(String label) {
    Optional<Integer> n = ConventionArticles.number(label);
    return n.map(i -> "/articles/" + i).orElse("/?q=" + encode("\"" + label + "\""));
  }

  /** The paragraph in another language version of its record. */
  public static String passage(PassageVersion v) {
    return "/doc/" + encode(v.recordId()) + "#p" + v.ordinal();
  }

  /** A record's view. */
  public static String record(RecordFacts r) {
    return "/doc/" + r.id();
  }

  /** The paragraph in the record view. */
  public static String paragraph(PassageView p) {
    return "/doc/" + p.recordId() + "#p" + p.ordinal();
  }

  /** Where a role is stated: the paragraph, or the record for its attendance list (ordinal 0). */
  public static String evidence(RoleEvidence e) {
    return "/doc/" + e.recordId() + (e.ordinal() > 0 ? "#p" + e.ordinal() : "");
  }

  /** The search page showing a saved search. */
  public static String search(SavedSearch s) {
    StringBuilder sb = new StringBuilder("/?q=").append(encode(s.query()));
    s.filters()
        .forEach(
            (k, vs) -> vs.forEach(v -> sb.append('&').append(k).append('=').append(encode(v))));
    return sb.toString();
  }

  /** The Atom feed of a saved search. */
  public static String feed(SavedSearch s) {
    return "/saved/" + s.id() + "/feed.atom";
  }

  public static String topicDecisions(String topic) {
    return "/decisions?topic=" + encode(topic);
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
