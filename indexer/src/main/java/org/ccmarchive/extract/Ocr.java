package org.ccmarchive.extract;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether and how pages without a text layer are OCR'd with Tesseract.
 *
 * @param enabled false to never OCR (faster; scanned pages are reported instead)
 * @param languages Tesseract language codes, e.g. {@code eng}, {@code fra}, {@code spa}
 */
public record Ocr(boolean enabled, List<String> languages) {

  public static final List<String> DEFAULT_LANGUAGES = List.of("eng", "fra", "spa");

  public Ocr {
    languages = List.copyOf(languages);
  }

  public static Ocr defaults() {
    return new Ocr(true, DEFAULT_LANGUAGES);
  }

  public static Ocr off() {
    return new Ocr(false, DEFAULT_LANGUAGES);
  }

  /** True when OCR is wanted and a {@code tesseract} executable is on the PATH. */
  public boolean available() {
    return enabled && tesseractOnPath();
  }

  /**
   * The configured languages Tesseract has packs for, joined as Tesseract wants ({@code eng+fra});
   * a missing pack is left out rather than failing every page.
   */
  public String tesseractLanguages() {
    List<String> installed = installedLanguages();
    List<String> usable =
        installed.isEmpty() ? languages : languages.stream().filter(installed::contains).toList();
    return String.join("+", usable.isEmpty() ? List.of("eng") : usable);
  }

  static boolean tesseractOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .map(dir -> Path.of(dir, "tesseract"))
        .anyMatch(Files::isExecutable);
  }

  private static List<String> installedLanguages() {
    try {
      Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      try (InputStream in = p.getInputStream()) {
        String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out.lines().map(String::strip).filter(l -> l.matches("[a-z_]{3,}")).toList();
      }
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }
}
