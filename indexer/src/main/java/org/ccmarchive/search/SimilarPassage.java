package org.ccmarchive.search;

/** A passage like another one, with the record it belongs to. */
public record SimilarPassage(RecordSummary record, PassageHit passage, float score) {}
