package org.ccmarchive.memory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One passage as the knowledge base shows it: where it stands, who speaks, what it is about.
 *
 * @param recordId the record it belongs to
 * @param recordTitle that record's title
 * @param ordinal position in the record, the {@code #p{n}} anchor
 * @param paragraph printed paragraph number, if any
 * @param section heading path, "" at the top
 * @param text the passage text
 * @param date the record's date, if known
 * @param meeting the record's meeting, if known
 * @param speakers delegations or organisations speaking
 * @param persons persons speaking
 * @param articles Convention articles referred to
 * @param topics thematic topics
 * @param decision whether the passage records a decision or agreement
 * @param language the record's language (ISO 639-1), if known
 * @param versions the same passage in the record's other language versions, where a list shows
 *     language versions as one entry (the decisions register, meeting pages); else empty
 */
public record PassageView(
    String recordId,
    String recordTitle,
    int ordinal,
    Optional<String> paragraph,
    String section,
    String text,
    Optional<LocalDate> date,
    Optional<Meeting> meeting,
    List<String> speakers,
    List<String> persons,
    List<String> articles,
    List<String> topics,
    boolean decision,
    Optional<String> language,
    List<PassageVersion> versions) {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  public PassageView {
    speakers = List.copyOf(speakers);
    persons = List.copyOf(persons);
    articles = List.copyOf(articles);
    topics = List.copyOf(topics);
    versions = List.copyOf(versions);
  }

  /** {@code recordId#p{ordinal}}, unique in the archive. */
  public String id() {
    return recordId + "#p" + ordinal;
  }

  /**
   * How to cite it: {@code Coordination Committee, CC Minutes 30 January 2024 (30 January 2024),
   * para. 5.3} — the section heading stands in when the paragraph has no printed number.
   */
  public String citation() {
    StringBuilder sb = new StringBuilder();
    meeting.ifPresent(m -> sb.append(m.series()).append(", "));
    sb.append(recordTitle);
    date.ifPresent(d -> sb.append(" (").append(LONG_DATE.format(d)).append(')'));
    if (paragraph.isPresent()) {
      sb.append(", para. ").append(paragraph.get());
    } else if (!section.isEmpty()) {
      sb.append(", under “").append(lastHeading()).append('”');
    }
    return sb.append(", ¶ ").append(ordinal).toString();
  }

  /** The nearest heading above the passage. */
  public String lastHeading() {
    int at = section.lastIndexOf(" › ");
    return at < 0 ? section : section.substring(at + 3);
  }

  /** The text cut to about {@code max} characters at a word boundary. */
  public String excerpt(int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max) + " …";
  }
}
