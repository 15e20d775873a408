package org.ccmarchive.web;

/** Model of {@code error/error.jte}. */
public record ErrorPage(int status, String title, String message, String query) {}
