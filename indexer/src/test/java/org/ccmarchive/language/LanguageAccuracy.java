package org.ccmarchive.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-line accuracy of {@link LanguageIdentifier}: each argument is {@code file=language}; lines of
 * at least 12 letters are identified, alone ({@code -DwithRecord=false}) or with the file's
 * language as the record language they may keep ({@code -DwithRecord=true}).
 */
public final class LanguageAccuracy {
  private LanguageAccuracy() {}

  public static void main(String[] a) throws Exception {
    var id = new LanguageIdentifier();
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : a) {
      String[] kv = f.split("=");
      files.put(kv[0], kv[1]);
    }
    int total = 0, right = 0, shortTotal = 0, shortRight = 0;
    long t0 = System.nanoTime();
    for (var e : files.entrySet()) {
      for (String line : Files.readAllLines(Path.of(e.getKey()))) {
        line = line.replaceFirst("^(title: |# )", "").strip();
        long letters = line.chars().filter(Character::isLetter).count();
        if (letters < 12) continue;
        String got = id.identify(line, Boolean.getBoolean("withRecord") ? e.getValue() : "?");
        total++;
        if (got.equals(e.getValue())) right++;
        if (letters < 60) {
          shortTotal++;
          if (got.equals(e.getValue())) shortRight++;
        }
      }
    }
    System.out.printf(
        "passages %d, correct %d (%.1f%%); under 60 letters %d, correct %d; %.0f ms%n",
        total,
        right,
        100.0 * right / total,
        shortTotal,
        shortRight,
        (System.nanoTime() - t0) / 1e6);
  }
}
