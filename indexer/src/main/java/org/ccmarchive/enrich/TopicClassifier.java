package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccmarchive.data.TsvFile;

/**
 * Assigns thematic topics by the transparent rule set in {@code topics.tsv}: a topic applies when
 * one of its expressions matches the passage text or its section heading.
 */
public final class TopicClassifier {

  private record Rule(String topic, Pattern pattern) {}

  private final List<Rule> rules = new ArrayList<>();

  public TopicClassifier() {
    for (String[] row : TsvFile.rows(TopicClassifier.class, "topics.tsv")) {
      rules.add(
          new Rule(
              row[0], Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
  }

  public List<String> topics(String text, String section) {
    Set<String> out = new LinkedHashSet<>();
    for (Rule r : rules) {
      if (r.pattern.matcher(text).find() || r.pattern.matcher(section).find()) {
        out.add(r.topic);
      }
    }
    return List.copyOf(out);
  }
}
