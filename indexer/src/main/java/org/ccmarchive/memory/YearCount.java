package org.ccmarchive.memory;

/** Passages dated in one year. */
public record YearCount(int year, long count) {}
