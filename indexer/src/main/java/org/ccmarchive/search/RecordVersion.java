package org.ccmarchive.search;

/**
 * Another language version of a record: a record bearing the same document symbol.
 *
 * @param id the version's record id
 * @param title its title
 * @param language its language (ISO 639-1, or {@code other})
 */
public record RecordVersion(String id, String title, String language) {}
