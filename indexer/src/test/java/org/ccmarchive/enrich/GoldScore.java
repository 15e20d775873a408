package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Micro-averaged precision and recall over (passage, value) pairs; keeps the misses. */
public final class GoldScore {
  private int tp;
  private int fp;
  private int fn;
  private final List<String> errors = new ArrayList<>();

  public void add(String where, List<String> want, List<String> got) {
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

  /** The misses and wrong values, as "where -value" and "where +value". */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  public int tp() {
    return tp;
  }

  public int fp() {
    return fp;
  }

  public int fn() {
    return fn;
  }

  public double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String report(String name) {
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
