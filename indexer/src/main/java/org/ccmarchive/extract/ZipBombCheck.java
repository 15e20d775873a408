package org.ccmarchive.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses zip containers (DOCX, ODT) that would inflate to far more than any real record, from
 * their central directory alone, before a parser inflates anything.
 */
final class ZipBombCheck {

  /** Uncompressed bytes a container may declare in all. */
  static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

  /** Ratio above which a large entry is a bomb, not a document (text compresses ~5-20x). */
  static final long MAX_RATIO = 200;

  private ZipBombCheck() {}

  static void check(Path file) throws ExtractionException {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        long size = e.getSize();
        long compressed = Math.max(1, e.getCompressedSize());
        if (size > 10L * 1024 * 1024 && size / compressed > MAX_RATIO) {
          throw bomb(e.getName() + " inflates " + size / compressed + " times");
        }
        total += Math.max(0, size);
        if (total > MAX_INFLATED_BYTES) {
          throw bomb("contents exceed " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB");
        }
      }
    } catch (IOException e) {
      // Not a readable zip: the parser will say what is wrong with it.
    }
  }

  private static ExtractionException bomb(String detail) {
    return new ExtractionException("suspected zip bomb: " + detail);
  }
}
