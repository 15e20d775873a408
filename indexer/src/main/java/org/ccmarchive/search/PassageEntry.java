package org.ccmarchive.search;

import java.util.Optional;
import org.ccmarchive.enrich.PassageFacts;

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
 * @param facts the labels of the speaker, person, article, topic and country facets, and whether it
 *     records a decision
 */
public record PassageEntry(
    int handle,
    String recordId,
    int ordinal,
    Optional<String> paragraph,
    String section,
    String kind,
    PassageFacts facts) {}
