package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Scores the decision detector on the labelled decision / not-decision passages ({@code
 * decisions/decision-passages.tsv}, EN/FR/ES, written by a helper who had not read the detector).
 * The phrase lists were tuned on the passages with an odd id number only; the even ones are
 * reported apart as the check that the tuning did not overfit.
 */
class DecisionSetIT {

  static final double MIN_PRECISION = 0.95;
  static final double MIN_RECALL = 0.80;
  static final double MIN_HELD_OUT_RECALL = 0.70;

  /** One labelled passage. */
  record Labelled(String id, String language, boolean decision, String kind, String text) {
    boolean tuning() {
      return Integer.parseInt(id.substring(id.indexOf('-') + 1)) % 2 == 1;
    }
  }

  /** Confusion counts of one slice of the set (true negatives too, which gold scores omit). */
  static final class Counts {
    final GoldScore score = new GoldScore();
    int tn;
    final List<String> errors = new ArrayList<>();

    void add(Labelled l, boolean got) {
      List<String> want = l.decision() ? List.of("decision") : List.of();
      score.add(l.id(), want, got ? List.of("decision") : List.of());
      if (got != l.decision()) {
        errors.add((got ? "+" : "-") + l.id());
      } else if (!got) {
        tn++;
      }
    }

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "%-28s %4d %4d %4d %4d   %.3f  %.3f  %.3f  %s",
          name,
          score.tp(),
          score.fp(),
          score.fn(),
          tn,
          score.precision(),
          score.recall(),
          score.f1(),
          String.join(" ", errors));
    }
  }

  static List<Labelled> set() {
    return org.ccmarchive.data.TsvFile.rows(DecisionSetIT.class, "/decisions/decision-passages.tsv")
        .stream()
        .filter(r -> !r[0].equals("id"))
        .map(r -> new Labelled(r[0], r[1], r[2].equals("yes"), r[3], r[4]))
        .toList();
  }

  private static Map<String, Counts> score(
      List<Labelled> set, Predicate<Labelled> detected, Function<Labelled, String> slice) {
    Map<String, Counts> out = new TreeMap<>();
    for (Labelled l : set) {
      boolean got = detected.test(l);
      out.computeIfAbsent(slice.apply(l), k -> new Counts()).add(l, got);
      out.computeIfAbsent("ALL", k -> new Counts()).add(l, got);
    }
    return out;
  }

  @Test
  void precisionAndRecallPerLanguageAndKind() {
    List<Labelled> set = set();
    assertThat(set).hasSizeGreaterThanOrEqualTo(150);
    Map<String, DecisionDetector> detectors = new TreeMap<>();
    for (String lang : List.of("en", "fr", "es")) {
      detectors.put(lang, new DecisionDetector(List.of(lang)));
    }
    Predicate<Labelled> detected = l -> detectors.get(l.language()).isDecision(l.text());
    List<Labelled> tuning = set.stream().filter(Labelled::tuning).toList();
    List<Labelled> check = set.stream().filter(l -> !l.tuning()).toList();

    Map<String, Counts> tuned = score(tuning, detected, Labelled::language);
    Map<String, Counts> held = score(check, detected, Labelled::language);
    Map<String, Counts> all = score(set, detected, Labelled::language);
    Map<String, Counts> kinds =
        score(set, detected, l -> (l.decision() ? "yes " : "no  ") + l.kind());

    String head =
        String.format(
            Locale.ROOT,
            "%-28s %4s %4s %4s %4s   %-5s  %-5s  %-5s  %s",
            "slice",
            "tp",
            "fp",
            "fn",
            "tn",
            "P",
            "R",
            "F1",
            "errors");
    StringBuilder out = new StringBuilder("\n[decision set] tuned on odd ids, even ids held out\n");
    out.append(head).append('\n');
    tuned.forEach((k, c) -> out.append(c.row("odd (tuning) " + k)).append('\n'));
    held.forEach((k, c) -> out.append(c.row("even (check) " + k)).append('\n'));
    all.forEach((k, c) -> out.append(c.row("all " + k)).append('\n'));
    out.append(head).append('\n');
    kinds.forEach((k, c) -> out.append(c.row(k)).append('\n'));
    System.out.println(out);

    for (var e : all.entrySet()) {
      assertThat(e.getValue().score.precision())
          .as("precision " + e.getKey())
          .isGreaterThanOrEqualTo(MIN_PRECISION);
      assertThat(e.getValue().score.recall())
          .as("recall " + e.getKey())
          .isGreaterThanOrEqualTo(MIN_RECALL);
    }
    assertThat(held.get("ALL").score.precision())
        .as("held-out precision")
        .isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(held.get("ALL").score.recall())
        .as("held-out recall")
        .isGreaterThanOrEqualTo(MIN_HELD_OUT_RECALL);
  }
}
