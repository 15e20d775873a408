package org.ccmarchive.memory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A meeting a delegation or person took part in.
 *
 * @param listedPresent named as present in the attendance list
 * @param interventions passages where it speaks in that meeting's records
 */
public record MeetingAttended(
    Meeting meeting, Optional<LocalDate> date, boolean listedPresent, long interventions) {}
