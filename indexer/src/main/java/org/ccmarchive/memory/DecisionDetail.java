package org.ccmarchive.memory;

import java.util.List;

/** One decision and the earlier decisions on the same articles or topics (its precedents). */
public record DecisionDetail(PassageView decision, List<PassageView> precedents) {
  public DecisionDetail {
    precedents = List.copyOf(precedents);
  }
}
