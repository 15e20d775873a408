package org.ccmarchive.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Greedy line filling for PDFs written in tests, as a word processor fills a line. */
public final class TextWrap {

  private TextWrap() {}

  /**
   * The lines of {@code text} in {@code font}: the first {@code first} wide, the others {@code
   * rest}.
   */
  public static List<String> lines(String text, PDFont font, float size, float first, float rest)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.isEmpty() ? word : line + " " + word;
      float room = lines.isEmpty() ? first : rest;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > room) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
