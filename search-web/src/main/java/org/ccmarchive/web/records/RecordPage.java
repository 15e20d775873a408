package org.ccmarchive.web.records;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccmarchive.search.PassageHit;
import org.ccmarchive.search.RecordDetail;
import org.ccmarchive.search.RecordVersion;

/** Model of {@code records/record.jte}: a whole record, with the query that led here if any. */
public record RecordPage(
    RecordDetail detail,
    String query,
    List<RecordVersion> versions,
    org.ccmarchive.web.cite.CitableRecord citation) {

  public RecordPage(RecordDetail detail, String query) {
    this(detail, query, List.of(), null);
  }

  /** The record's RIS reference, pinned to {@code p} when given. */
  public String risUrl(PassageHit p) {
    return "/doc/" + detail.record().id() + "/cite.ris" + (p == null ? "" : "?p=" + p.ordinal());
  }

  /** The record's CSL-JSON reference, pinned to {@code p} when given. */
  public String cslUrl(PassageHit p) {
    return "/doc/" + detail.record().id() + "/cite.json" + (p == null ? "" : "?p=" + p.ordinal());
  }

  /** Link to another language version, keeping the query. */
  public String versionUrl(RecordVersion v) {
    return "/doc/"
        + v.id()
        + (query.isEmpty() ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  public String searchUrl() {
    return query.isEmpty() ? "/" : "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  public String originalUrl() {
    return "/doc/" + detail.record().id() + "/original";
  }

  public long marked() {
    return detail.passages().stream().filter(p -> p.snippet().html().contains("<mark>")).count();
  }

  /** The record's date as written in citations ({@code 30 January 2024}). */
  public Optional<String> longDate() {
    return detail.record().date().flatMap(RecordPage::longDate);
  }

  static Optional<String> longDate(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso).format(LONG_DATE));
    } catch (DateTimeParseException e) {
      return Optional.of(iso);
    }
  }

  private static final java.util.regex.Pattern SECTION_NUMBER =
      java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s");

  /**
   * The number of the innermost numbered section a passage stands under ({@code 5.1}), for citing
   * paragraphs that carry no number of their own.
   */
  public static Optional<String> sectionNumber(PassageHit p) {
    String[] levels = p.section().split(" › ");
    for (int i = levels.length - 1; i >= 0; i--) {
      var m = SECTION_NUMBER.matcher(levels[i].strip());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** The absolute-path permalink of a passage. */
  public String permalink(PassageHit p) {
    return "/doc/" + detail.record().id() + "#" + p.anchor();
  }

  /** The paragraph beside its other language versions. */
  public String versionsUrl(PassageHit p) {
    return "/doc/" + detail.record().id() + "/versions/" + p.ordinal();
  }

  public String similarUrl(PassageHit p) {
    return "/doc/" + detail.record().id() + "/similar/" + p.ordinal();
  }
}
