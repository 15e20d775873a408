package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ccmarchive.data.TsvFile;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.TitleBlock;

/**
 * A record's title, read from the record itself: its title block (the cover page, or the lines in
 * capitals it opens with), else the title its file's metadata gives, else the title line of a UN
 * document (under its symbol, its "Original:" line and its agenda item), else a heading it opens
 * with that names what it is ("Concept Note from …"). The rules of {@code title-lines.tsv} say
 * which opening lines are no title and which words stay in lower case when a title set in capitals
 * is written normally.
 */
public final class TitleFinder {

  /** How far into a record its title is looked for. */
  private static final int OPENING = 12;

  /** A title is a line, not a paragraph. */
  private static final int MAX_TITLE = 200;

  /** Footnote marks after a title ("2024 Annual Report*, **"). */
  private static final Pattern FOOTNOTE_MARKS = Pattern.compile("([\\s,]*[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+)+$");

  /** File metadata titles that are not titles: a file name, a word processor's placeholder. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i)^(untitled|document\\d*|title|microsoft word\\b.*|.*\\.(docx?|pdf|odt|rtf|txt))$");

  private final List<Pattern> notTitles = new ArrayList<>();
  private final List<Pattern> unMarkers = new ArrayList<>();
  private final Set<String> smallWords;
  private final RecordTypeClassifier types = new RecordTypeClassifier();

  public TitleFinder() {
    Set<String> small = new java.util.HashSet<>();
    for (String[] row : TsvFile.rows(TitleFinder.class, "title-lines.tsv")) {
      switch (row[0]) {
        case "not-title" -> notTitles.add(pattern(row[1]));
        case "un-marker" -> unMarkers.add(pattern(row[1]));
        case "small-words" -> small.addAll(List.of(row[1].split(" ")));
        default -> throw new IllegalStateException("title-lines.tsv: unknown kind " + row[0]);
      }
    }
    this.smallWords = Set.copyOf(small);
  }

  private static Pattern pattern(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The title {@code passages} and the file's own {@code metadataTitle} give, if any. */
  public Optional<String> find(Optional<String> metadataTitle, List<Passage> passages) {
    List<Passage> opening = passages.subList(0, Math.min(OPENING, passages.size()));
    return fromTitleBlock(opening)
        .or(() -> metadataTitle.map(String::strip).filter(TitleFinder::isRealTitle))
        .or(() -> underSymbol(opening))
        .or(() -> namingHeading(opening))
        .map(this::clean)
        .filter(t -> !t.isEmpty());
  }

  /**
   * The title block's line that names what the record is (the last such line: a banner of the
   * meeting comes above it), else its longest line.
   */
  private Optional<String> fromTitleBlock(List<Passage> opening) {
    List<String> lines = new ArrayList<>();
    if (!opening.isEmpty() && opening.getFirst().text().contains(TitleBlock.LINE_BREAK)) {
      lines.addAll(TitleBlock.lines(opening.getFirst().text()));
    } else {
      for (Passage p : opening) {
        if (!TitleBlock.isCapitalsLine(p.text()) || p.kind() == Passage.Kind.FOOTNOTE) {
          break;
        }
        lines.add(p.text());
      }
    }
    lines.removeIf(this::isNotTitle);
    Optional<String> named =
        lines.reversed().stream().filter(l -> types.classify("", l).isPresent()).findFirst();
    return named.or(() -> lines.stream().max(java.util.Comparator.comparingInt(String::length)));
  }

  /** The first line after a UN document's symbol or "Original:" line that is not a header. */
  private Optional<String> underSymbol(List<Passage> opening) {
    int marker = -1;
    for (int i = 0; i < opening.size(); i++) {
      String t = opening.get(i).text();
      if (unMarkers.stream().anyMatch(p -> p.matcher(t).find())) {
        marker = i;
      }
    }
    for (int i = marker + 1; marker >= 0 && i < opening.size(); i++) {
      Passage p = opening.get(i);
      if (p.kind() != Passage.Kind.FOOTNOTE
          && p.text().length() <= MAX_TITLE
          && !isNotTitle(p.text())
          && !p.text().endsWith(".")) {
        return Optional.of(p.text());
      }
    }
    return Optional.empty();
  }

  /** A heading the record opens with that names what it is ("Concept Note from …"). */
  private Optional<String> namingHeading(List<Passage> opening) {
    return opening.stream()
        .limit(2)
        .filter(p -> p.kind() == Passage.Kind.HEADING)
        .map(Passage::text)
        .filter(t -> t.length() <= MAX_TITLE && types.classify("", t).isPresent())
        .findFirst();
  }

  private boolean isNotTitle(String line) {
    return notTitles.stream().anyMatch(p -> p.matcher(line.strip()).find());
  }

  private static boolean isRealTitle(String title) {
    return title.length() >= 4
        && title.chars().anyMatch(Character::isLetter)
        && !PLACEHOLDER.matcher(title).matches();
  }

  private String clean(String title) {
    String t = FOOTNOTE_MARKS.matcher(title.strip()).replaceAll("").replaceAll("\\s+", " ");
    return t.chars().anyMatch(Character::isLowerCase) ? t : unshout(t);
  }

  /**
   * A title set in capitals, written normally: each word capitalised, the small words of {@code
   * title-lines.tsv} in lower case (not first), and short words and words with digits kept as
   * printed (acronyms: CCM, ISU, 3RC).
   */
  private String unshout(String title) {
    String[] words = title.split(" ");
    List<String> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT);
      String letters = lower.replaceAll("[^\\p{L}]", "");
      if (i > 0 && smallWords.contains(letters)) {
        out.add(lower);
      } else if (letters.length() <= 3 || w.chars().anyMatch(Character::isDigit)) {
        out.add(w);
      } else {
        int first = 0;
        while (first < w.length() && !Character.isLetter(w.charAt(first))) {
          first++;
        }
        out.add(lower.substring(0, first) + w.charAt(first) + lower.substring(first + 1));
      }
    }
    return out.stream().collect(Collectors.joining(" "));
  }
}
