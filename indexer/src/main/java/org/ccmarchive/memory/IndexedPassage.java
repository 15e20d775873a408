package org.ccmarchive.memory;

import java.util.List;
import java.util.Optional;
import org.ccmarchive.search.PassageEntry;

/**
 * What the knowledge base knows of one passage, without its text (loaded on demand by its handle):
 * the index's entry joined to its record's facts.
 */
record IndexedPassage(PassageEntry entry, RecordFacts record) {

  /** The passage's handle in the index version it was read from. */
  int doc() {
    return entry.handle();
  }

  int ordinal() {
    return entry.ordinal();
  }

  Optional<String> paragraph() {
    return entry.paragraph();
  }

  String section() {
    return entry.section();
  }

  List<String> speakers() {
    return entry.facts().speakers();
  }

  List<String> persons() {
    return entry.facts().persons();
  }

  List<String> articles() {
    return entry.facts().articles();
  }

  List<String> topics() {
    return entry.facts().topics();
  }

  List<String> countries() {
    return entry.facts().countries();
  }

  boolean decision() {
    return entry.facts().decision();
  }

  boolean heading() {
    return "heading".equals(entry.kind());
  }
}
