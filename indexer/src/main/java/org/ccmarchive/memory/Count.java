package org.ccmarchive.memory;

/** A label and how many passages (or meetings) carry it. */
public record Count(String label, long count) {}
