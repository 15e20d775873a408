package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a role is stated: a record, its meeting and date, and the paragraph (ordinal 0 for the
 * record's attendance list).
 */
public record RoleEvidence(
    String recordId,
    String recordTitle,
    Optional<Meeting> meeting,
    Optional<LocalDate> date,
    int ordinal,
    String source) {}
