package org.ccmarchive.bench.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated record before it is written in a format.
 *
 * @param number position in the corpus (0-based); with the seed, it determines everything else
 * @param type record type label (minutes, statement…)
 * @param meeting meeting name
 * @param date meeting date
 * @param language ISO 639-1 code
 * @param format the file format it is written in
 * @param title human title
 * @param symbol UN-style document symbol
 * @param blocks headings and paragraphs in order
 */
public record SyntheticRecord(
    int number,
    String type,
    String meeting,
    LocalDate date,
    String language,
    Format format,
    String title,
    String symbol,
    List<Block> blocks) {

  /** A heading or a paragraph, with its printed number if it has one. */
  public record Block(boolean heading, String number, String text) {

    /** The block as printed: its number, then its text. */
    public String printed() {
      return number == null ? text : number + " " + text;
    }
  }

  /** The file formats written, each with its share of the corpus. */
  public enum Format {
    TXT("txt", 0.30),
    HTML("html", 0.25),
    DOCX("docx", 0.25),
    PDF("pdf", 0.20);

    final String extension;
    final double share;

    Format(String extension, double share) {
      this.extension = extension;
      this.share = share;
    }

    public String extension() {
      return extension;
    }
  }

  /** Paragraphs (non-heading blocks). */
  public long paragraphs() {
    return blocks.stream().filter(b -> !b.heading()).count();
  }

  /** The file name, unique in the corpus, under a folder per year. */
  public String path() {
    String slug = (type + "-" + meeting).toLowerCase().replaceAll("[^a-z0-9]+", "-");
    return "%d/%s-%s-%05d.%s"
        .formatted(date.getYear(), slug, date, number, format.extension())
        .replace("--", "-");
  }
}
