package org.ccmarchive.search;

import java.util.List;
import java.util.Optional;

/**
 * What the knowledge base knows of one indexed passage, without its text: where it stands and the
 * facet labels the index holds for it.
 *
 * @param handle the backend's handle of the passage within one {@link IndexVersion}: the same in
 *     {@link IndexVersion#text} and {@link IndexVersion#matching}, meaningless in another version
 * @param recordId the record it belongs to
 * @param ordinal position in the record (from 1)
 * @param paragraph printed paragraph number, if any
 * @param section heading path, "" at the top
 * @param kind the passage kind ({@code heading}, {@code paragraph}, …), "" when unknown
 * @param speakers the {@code speaker} facet's labels
 * @param persons the {@code person} facet's labels
 * @param articles the {@code article} facet's labels
 * @param topics the {@code topic} facet's labels
 * @param countries the {@code country} facet's labels
 * @param decision whether the passage records a decision or agreement
 */
public record PassageEntry(
    int handle,
    String recordId,
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

  public PassageEntry {
    speakers = List.copyOf(speakers);
    persons = List.copyOf(persons);
    articles = List.copyOf(articles);
    topics = List.copyOf(topics);
    countries = List.copyOf(countries);
  }
}
