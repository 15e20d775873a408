package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Micro-averaged precision and recall over (passage, value) pairs; keeps the misses. */
final class GoldScore {
  private int tp;
  private int fp;
  private int fn;
  private final List<String> errors = new ArrayList<>();

  void add(String where, List<String> want, List<String> got) {
    Set<String> w = new HashSet<>(want);
    Set<String> g = new HashSet<>(got);
    for (String v : g) {
      if (w.contains(v)) {
        tp++;
      } else {
        fp++;
        errors.add(where + " +" + v);
      }
    }
    for (String v : w) {
      if (!g.contains(v)) {
        fn++;
        errors.add(where + " -" + v);
      }
    }
  }

  int tp() {
    return tp;
  }

  int fp() {
    return fp;
  }

  int fn() {
    return fn;
  }

  double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  String report(String name) {
    return String.format(
        Locale.ROOT,
        "%s: precision %.3f recall %.3f F1 %.3f (tp %d, fp %d, fn %d)%s",
        name,
        precision(),
        recall(),
        f1(),
        tp,
        fp,
        fn,
        errors.isEmpty() ? "" : " errors: " + errors);
  }
}
