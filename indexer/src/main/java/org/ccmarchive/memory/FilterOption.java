package org.ccmarchive.memory;

/** A value a list can be filtered by, its label and how many entries it keeps. */
public record FilterOption(String value, String label, long count) {}
