package org.ccmarchive.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stack of headings above the current paragraph, by outline level. */
final class SectionPath {

  static final String SEPARATOR = " › ";

  private final List<Entry> stack = new ArrayList<>();

  /**
   * Numbered headings nest by their depth ({@code 5} above {@code 5.2}); report outlines by kind
   * (roman above letter); an unnumbered heading sits under the last numbered one, or at the top.
   */
  void enter(String heading, Optional<String> number, Optional<String> outline) {
    String title = heading.endsWith(":") ? heading.substring(0, heading.length() - 1) : heading;
    int level;
    boolean numbered = number.isPresent() || outline.isPresent();
    if (number.isPresent()) {
      level = number.get().split("\\.").length;
    } else if (outline.isPresent()) {
      level = outline.get().matches("[IVX]+") ? 1 : 2;
    } else {
      level = lastNumberedLevel() + 1;
    }
    while (!stack.isEmpty() && stack.getLast().level >= level) {
      stack.removeLast();
    }
    stack.add(new Entry(level, title, numbered));
  }

  String path() {
    return String.join(SEPARATOR, stack.stream().map(Entry::title).toList());
  }

  private int lastNumberedLevel() {
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (stack.get(i).numbered) {
        return stack.get(i).level;
      }
    }
    return 0;
  }

  private record Entry(int level, String title, boolean numbered) {}
}
