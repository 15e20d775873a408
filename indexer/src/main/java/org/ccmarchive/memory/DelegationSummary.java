package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.Optional;

/** A delegation in the index of delegations. */
public record DelegationSummary(
    String name,
    String slug,
    long interventions,
    int meetings,
    int roles,
    Optional<LocalDate> first,
    Optional<LocalDate> last) {}
