package org.ccmarchive.extract;

/**
 * One printed line of a PDF page with the geometry and typography paragraph breaks are read from.
 * Coordinates are PDF points from the page's top-left corner.
 *
 * @param page 1-based page number
 * @param text the line's text, words separated by single spaces
 * @param x0 where its first glyph starts
 * @param x1 where its last glyph ends
 * @param y its baseline, growing down the page
 * @param size its font size in points (that of most of its glyphs)
 * @param bold true when (nearly) all its glyphs are set in a bold face
 * @param firstWord the width of its first word
 * @param space the width of a space in its font
 */
record PdfLine(
    int page,
    String text,
    float x0,
    float x1,
    float y,
    float size,
    boolean bold,
    float firstWord,
    float space) {}
