package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.List;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.language.Glossary;

/**
 * What the cross-lingual switch widens: the glossary's concepts and the names of every State and
 * organisation the gazetteer knows, so {@code Chile} also finds {@code Chili} and {@code Francia}
 * finds {@code France}. The names come from the same data files that give facet values, so the two
 * cannot drift apart.
 */
final class CrossLingualTerms {

  /**
   * Aliases of one or two letters ({@code UK}, {@code EU}) are left out: matching is case-blind,
   * and {@code us} or {@code eu} typed as words must not turn into a State.
   */
  private static final int SHORTEST_ALIAS = 3;

  private CrossLingualTerms() {}

  static Glossary standard() {
    return of(Gazetteer.standard());
  }

  /** The glossary widened with the names {@code gazetteer} knows (one gazetteer per service). */
  static Glossary of(Gazetteer gazetteer) {
    return Glossary.bundled().with(names(gazetteer));
  }

  static List<Glossary.Concept> names(Gazetteer gazetteer) {
    List<Glossary.Concept> concepts = new ArrayList<>();
    gazetteer
        .namesByEntity()
        .forEach(
            (entity, names) -> {
              List<String> usable =
                  names.stream().filter(n -> n.strip().length() >= SHORTEST_ALIAS).toList();
              if (usable.size() > 1) {
                concepts.add(new Glossary.Concept(usable));
              }
            });
    return concepts;
  }
}
