package org.ccmarchive.web;

/**
 * Model of {@code error/error.jte}.
 *
 * @param messageLang the language the message is written in: the page's, or {@code en} for a
 *     search-engine message that has no translation
 */
public record ErrorPage(
    int status, String title, String message, String messageLang, String query) {}
