package org.ccmarchive.enrich;

import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ahocorasick.trie.Trie;

/**
 * Which rules of a list can match a text at all, by one scan of the case-folded text for the
 * anchors of every rule ({@link Anchors}, read from the rules' own expressions) with an
 * Aho–Corasick automaton. A rule lacking an anchor of one of its clauses in the text cannot match
 * it and need not run; a rule without anchors always may. The rules are regular expressions
 * compiled with {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}.
 */
final class RuleFilter {

  private final List<Anchors> anchors;
  private final Trie trie;
  private final boolean empty;

  RuleFilter(List<String> regexes) {
    this.anchors = regexes.stream().map(Anchors::of).toList();
    Set<String> words = new LinkedHashSet<>();
    anchors.forEach(a -> words.addAll(a.words()));
    this.empty = words.isEmpty();
    this.trie = Trie.builder().addKeywords(words).build();
  }

  /** The indices of the rules that may match {@code text}; the others cannot. */
  BitSet mayMatch(String text) {
    Set<String> present = new HashSet<>();
    if (!empty) {
      trie.parseText(
          Anchors.fold(text),
          emit -> {
            present.add(emit.getKeyword());
            return true;
          });
    }
    BitSet out = new BitSet(anchors.size());
    for (int i = 0; i < anchors.size(); i++) {
      if (anchors.get(i).allows(present)) {
        out.set(i);
      }
    }
    return out;
  }

  /** The anchors of each rule, in rule order. */
  List<Anchors> anchors() {
    return anchors;
  }
}
