package org.ccmarchive.enrich;

import java.util.List;

/**
 * What the enrichment stage understood of one passage.
 *
 * @param speakers delegations or organisations speaking (gazetteer names)
 * @param persons persons speaking, as named in the record
 * @param articles Convention articles, {@code Article N}
 * @param topics thematic topics
 * @param countries States mentioned without speaking
 * @param decision true when the passage records a decision or agreement
 */
public record PassageFacts(
    List<String> speakers,
    List<String> persons,
    List<String> articles,
    List<String> topics,
    List<String> countries,
    boolean decision) {

  public static final PassageFacts NONE =
      new PassageFacts(List.of(), List.of(), List.of(), List.of(), List.of(), false);

  public PassageFacts {
    speakers = List.copyOf(speakers);
    persons = List.copyOf(persons);
    articles = List.copyOf(articles);
    topics = List.copyOf(topics);
    countries = List.copyOf(countries);
  }
}
