package org.ccmarchive.web.memory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ccmarchive.memory.ConventionArticles;
import org.ccmarchive.memory.PassageVersion;
import org.ccmarchive.memory.Slugs;

/** Where the knowledge base's names link to. */
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

  public static String topicDecisions(String topic) {
    return "/decisions?topic=" + encode(topic);
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
