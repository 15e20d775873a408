package org.ccmarchive.memory;

/**
 * The same passage in another language version of its record (same symbol, or same meeting and same
 * numbered structure): the same-numbered paragraph there.
 *
 * @param recordId the version's record id
 * @param recordTitle its title
 * @param ordinal the paragraph's position in that record
 * @param language its language (ISO 639-1), or {@code other}
 */
public record PassageVersion(String recordId, String recordTitle, int ordinal, String language) {}
