package org.ccmarchive.web;

/** Model of {@code error/error.jte}: the message is already in the reader's language. */
public record ErrorPage(int status, String title, String message, String query) {}
