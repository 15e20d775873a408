package org.ccmarchive.web.cite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ccmarchive.search.PassageHit;
import org.ccmarchive.search.RecordSummary;

/**
 * A record as a reference manager sees it: what the Highwire {@code citation_*} tags, RIS and
 * CSL-JSON all say, computed once. URLs are absolute (from the request), so the reference still
 * leads back to the archive when it is read elsewhere.
 *
 * @param id the record id
 * @param title the record's title
 * @param authors who speaks in it: the delivering delegations of a statement, otherwise the issuing
 *     body (the meeting series, or the Convention itself)
 * @param publisher the Convention on Cluster Munitions
 * @param date year, month and day as far as known (1 to 3 numbers)
 * @param symbol the document symbol (the report number), if any
 * @param language ISO 639-1 code, if known
 * @param type the record type as the archive classifies it ("minutes", "statement"…), if known
 * @param url the record page
 * @param originalUrl the original file
 * @param pdf whether the original is a PDF
 * @param pinpoints paragraphs cited within the record (none: the whole record)
 */
public record CitableRecord(
    String id,
    String title,
    List<String> authors,
    String publisher,
    List<Integer> date,
    Optional<String> symbol,
    Optional<String> language,
    Optional<String> type,
    String url,
    String originalUrl,
    boolean pdf,
    List<Pinpoint> pinpoints) {

  /** Every record's publisher; the archive holds the Convention's records only. */
  public static final String PUBLISHER = "Convention on Cluster Munitions";

  /**
   * One paragraph of a record.
   *
   * @param ordinal the passage's position, the {@code #p{n}} anchor
   * @param paragraph the number printed on it, else {@code #ordinal}
   * @param page the page it stands on, if known
   * @param url the record page at that paragraph
   */
  public record Pinpoint(int ordinal, String paragraph, Optional<Integer> page, String url) {

    /** "para. 5.1, p. 3": the pinpoint as written in a note. */
    public String label() {
      return "para. " + paragraph + page.map(p -> ", p. " + p).orElse("");
    }
  }

  public CitableRecord {
    authors = List.copyOf(authors);
    date = List.copyOf(date);
    pinpoints = List.copyOf(pinpoints);
  }

  /**
   * The citation of {@code record}, whose {@code passages} say who speaks, pinned to {@code pinned}
   * (may be empty), with URLs under {@code base} ({@code https://host}).
   */
  public static CitableRecord of(
      RecordSummary record, List<PassageHit> passages, List<PassageHit> pinned, String base) {
    String url = base + "/doc/" + record.id();
    List<Pinpoint> pins = new ArrayList<>();
    for (PassageHit p : pinned) {
      pins.add(
          new Pinpoint(
              p.ordinal(),
              p.paragraph().orElse("#" + p.ordinal()),
              p.page(),
              url + "#" + p.anchor()));
    }
    return new CitableRecord(
        record.id(),
        record.title(),
        authors(record, passages),
        PUBLISHER,
        dateParts(record.date().orElse("")),
        record.symbol(),
        record.language(),
        record.type(),
        url,
        url + "/original",
        "application/pdf".equals(record.mediaType()),
        pins);
  }

  /** Statements are by the delegations delivering them; other records by the body that met. */
  static List<String> authors(RecordSummary record, List<PassageHit> passages) {
    if (record.type().map(t -> t.toLowerCase(Locale.ROOT).contains("statement")).orElse(false)) {
      Set<String> speakers = new LinkedHashSet<>();
      passages.forEach(p -> speakers.addAll(p.speakers()));
      if (!speakers.isEmpty()) {
        return List.copyOf(speakers);
      }
    }
    return List.of(record.meetingSeries().orElse(PUBLISHER));
  }

  /** {@code 2024-01-30} → [2024, 1, 30]; a partial or unreadable date keeps what it can. */
  static List<Integer> dateParts(String iso) {
    List<Integer> parts = new ArrayList<>();
    for (String part : iso.strip().split("-", 3)) {
      try {
        parts.add(Integer.parseInt(part));
      } catch (NumberFormatException e) {
        break;
      }
    }
    return parts;
  }

  /** The date as Highwire tags write it: {@code 2024/01/30}. */
  public Optional<String> slashedDate() {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%04d", date.get(0)));
    for (int i = 1; i < date.size(); i++) {
      s.append('/').append(String.format(Locale.ROOT, "%02d", date.get(i)));
    }
    return Optional.of(s.toString());
  }
}
