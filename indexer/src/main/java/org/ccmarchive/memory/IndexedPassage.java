package org.ccmarchive.memory;

import java.util.List;
import java.util.Optional;

/** What the knowledge base knows of one passage, without its text (loaded on demand by doc). */
record IndexedPassage(
    int doc,
    RecordFacts record,
    int ordinal,
    Optional<String> paragraph,
    String section,
    String kind,
    List<String> speakers,
    List<String> persons,
    List<String> articles,
    List<String> topics,
    List<String> countries,
    boolean decision) {

  boolean heading() {
    return "heading".equals(kind);
  }
}
