package org.ccmarchive.search;

import java.util.List;
import java.util.Optional;

/** Record-level facts shown with every hit and in the record view. */
public record RecordSummary(
    String id,
    String title,
    String file,
    String format,
    String mediaType,
    Optional<String> type,
    Optional<String> meeting,
    Optional<String> date,
    Optional<String> language,
    int pageCount,
    long sizeBytes,
    Optional<String> symbol,
    List<String> citedSymbols) {

  public RecordSummary {
    citedSymbols = List.copyOf(citedSymbols);
  }

  public RecordSummary(
      String id,
      String title,
      String file,
      String format,
      String mediaType,
      Optional<String> type,
      Optional<String> meeting,
      Optional<String> date,
      Optional<String> language,
      int pageCount,
      long sizeBytes) {
    this(
        id,
        title,
        file,
        format,
        mediaType,
        type,
        meeting,
        date,
        language,
        pageCount,
        sizeBytes,
        Optional.empty(),
        List.of());
  }

  /** The meeting as a facet value ({@code Coordination Committee/2024-01-30}), if known. */
  public Optional<String> meetingFacetValue() {
    return meeting.map(m -> String.join(Filters.PATH_SEPARATOR, meetingLevels(m)));
  }

  /** The meeting path as shown: {@code Coordination Committee › 2024-01-30}. */
  public Optional<String> meetingLabel() {
    return meeting.map(m -> String.join(" › ", meetingLevels(m)));
  }

  /** The meeting series, the first level of a meeting path ("Coordination Committee"). */
  public Optional<String> meetingSeries() {
    return meeting.map(m -> meetingLevels(m)[0]);
  }

  /** Stored meeting paths use "›" between levels (the facet values and URLs use "/"). */
  private static String[] meetingLevels(String m) {
    return java.util.Arrays.stream(m.split("\\s*[›/]\\s*"))
        .filter(s -> !s.isBlank())
        .toArray(String[]::new);
  }
}
