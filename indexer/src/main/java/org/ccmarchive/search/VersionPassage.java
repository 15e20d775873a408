package org.ccmarchive.search;

/**
 * The passage of another language version that corresponds to a given passage: the one with the
 * same printed paragraph number, or at the same position when paragraphs are not numbered.
 *
 * @param version the version it belongs to
 * @param passage the corresponding passage
 */
public record VersionPassage(RecordVersion version, PassageHit passage) {}
