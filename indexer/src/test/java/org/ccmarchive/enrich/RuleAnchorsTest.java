package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The anchors read from the shipped rules (decisions and topics) hold on real text: on every line
 * and sentence of the test corpus, a rule that matches has its anchors there. A rule whose anchors
 * were read wrongly (a word a match can lack) fails here.
 */
class RuleAnchorsTest {

  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");

  @Test
  void everyDecidingPhraseAndTopicRuleHasAnchors() {
    for (Pattern p : rules()) {
      assertThat(Anchors.of(p.pattern()).clauses()).as(p.pattern()).isNotEmpty();
    }
  }

  @Test
  void noRuleMatchesATextWithoutItsAnchors() {
    List<Pattern> rules = rules();
    RuleFilter filter = new RuleFilter(rules.stream().map(Pattern::pattern).toList());
    int matched = 0;
    int skipped = 0;
    for (String text : texts()) {
      var possible = filter.mayMatch(text);
      for (int i = 0; i < rules.size(); i++) {
        boolean matches = rules.get(i).matcher(text).find();
        assertThat(!matches || possible.get(i))
            .as("%s matches %s without its anchors", rules.get(i), text)
            .isTrue();
        matched += matches ? 1 : 0;
        skipped += possible.get(i) ? 0 : 1;
      }
    }
    // The check means something: many rules match, and most texts are skipped by most rules.
    assertThat(matched).isGreaterThan(1_000);
    assertThat(skipped).isGreaterThan(matched * 10);
  }

  private static List<Pattern> rules() {
    List<Pattern> rules = new ArrayList<>(new DecisionDetector(LANGUAGES).decidingPhrases());
    rules.addAll(new TopicClassifier().patterns());
    return rules;
  }

  /** Every line of the test corpus's text files and every sentence of those lines. */
  private static List<String> texts() {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          out.add(line);
          out.addAll(Sentences.split(line));
        }
      }
      for (String line :
          Files.readAllLines(Path.of("src/test/resources/decisions/decision-passages.tsv"))) {
        out.add(line.substring(line.lastIndexOf('\t') + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
