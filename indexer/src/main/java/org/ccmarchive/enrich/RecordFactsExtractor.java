package org.ccmarchive.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ccmarchive.data.TsvFile;
import org.ccmarchive.structure.Passage;

/**
 * Record-level understanding: type, meeting, date, place, language, symbols, attendance and, for
 * records that are not minutes, the delegations that author them. Reads the record's opening (its
 * lines before the first body paragraph) and its file name.
 */
public final class RecordFactsExtractor {

  /** The opening ends at the first paragraph at least this long: body text, not a header line. */
  private static final int BODY_PARAGRAPH = 300;

  private static final int MAX_OPENING_PASSAGES = 15;

  private static final Pattern AUTHOR_LINE =
      Pattern.compile(
          "(?iU)\\b(?:annual report|report|statement|concept note|working paper|note"
              + "|rapport|déclaration|note conceptuelle|document de travail|intervention"
              + "|informe|declaración|nota conceptual|documento de trabajo|intervención)\\b");
  private static final Pattern STATEMENT_OPENING =
      Pattern.compile(
          "(?iU)\\bAs (?:co-?)?coordinators?\\b"
              + "|\\bEn (?:tant que|qualité de) (?:co-?)?coordonnat(?:eur|rice)s?\\b"
              + "|\\b(?:Como|En (?:su )?calidad de) (?:co-?)?coordinador(?:a|es|as)?\\b");
  private static final Pattern PRESIDENCY = Pattern.compile("Presidency|Présidence|Presidencia");

  private final Gazetteer gazetteer;
  private final RecordTypeClassifier types = new RecordTypeClassifier();
  private final DateFinder dates = new DateFinder();
  private final MeetingFinder meetings = new MeetingFinder();
  private final PlaceFinder places = new PlaceFinder();
  private final SymbolExtractor symbols = new SymbolExtractor();
  private final AttendanceExtractor attendance;
  private final LanguageDetector languages;
  private final Map<String, String> presidencies;

  public RecordFactsExtractor(Gazetteer gazetteer, LanguageDetector languages) {
    this.gazetteer = gazetteer;
    this.attendance = new AttendanceExtractor(gazetteer);
    this.languages = languages;
    this.presidencies =
        TsvFile.rows(RecordFactsExtractor.class, "presidencies.tsv").stream()
            .collect(Collectors.toMap(r -> r[0], r -> r[1], (a, b) -> a));
  }

  public RecordFacts extract(String fileName, List<Passage> passages) {
    String opening = opening(passages);
    Optional<String> type = types.classify(fileName, opening);
    Optional<LocalDate> date = dates.find(opening);
    Optional<String> meeting = meetings.find(fileName, opening, date);
    Optional<String> symbol = ownSymbol(passages);
    List<String> cited = citedSymbols(passages, symbol);
    String all = passages.stream().map(Passage::text).collect(Collectors.joining("\n"));
    Attendance att =
        type.filter("minutes"::equals)
            .map(t -> attendance.extract(passages))
            .orElse(Attendance.NONE);
    List<String> authors =
        type.filter("minutes"::equals).isPresent() ? List.of() : authors(passages);
    return new RecordFacts(
        type,
        meeting,
        date,
        places.find(opening),
        languages.detect(all),
        symbol,
        cited,
        authors,
        att);
  }

  /** The presiding State of a meeting by its session code ({@code 13MSP}), from the data file. */
  public Optional<String> presidencyOf(String session) {
    return Optional.ofNullable(presidencies.get(session));
  }

  static String opening(List<Passage> passages) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Passage p : passages) {
      if (p.text().length() >= BODY_PARAGRAPH || n++ >= MAX_OPENING_PASSAGES) {
        break;
      }
      sb.append(p.text()).append('\n');
    }
    return sb.toString();
  }

  /** A symbol standing alone on one of the first lines is the record's own. */
  private Optional<String> ownSymbol(List<Passage> passages) {
    for (Passage p : passages.subList(0, Math.min(passages.size(), MAX_OPENING_PASSAGES))) {
      List<String> found = symbols.find(p.text());
      if (found.size() == 1 && SymbolExtractor.normalise(p.text()).equals(found.getFirst())) {
        return Optional.of(found.getFirst());
      }
    }
    return Optional.empty();
  }

  private List<String> citedSymbols(List<Passage> passages, Optional<String> own) {
    Set<String> out = new LinkedHashSet<>();
    for (Passage p : passages) {
      out.addAll(symbols.find(p.text()));
    }
    own.ifPresent(out::remove);
    return List.copyOf(out);
  }

  /**
   * Who speaks in a report, statement or concept note: the organisation or presidency named on its
   * title line ("Implementation Support Unit – 2024 Annual Report", "Concept Note from the 13 MSP
   * Presidency"), else the delegations of a statement's opening ("As coordinators…, Norway and Peru
   * will…").
   */
  private List<String> authors(List<Passage> passages) {
    int limit = Math.min(passages.size(), MAX_OPENING_PASSAGES);
    for (Passage p : passages.subList(0, limit)) {
      String text = p.text();
      if (text.length() > BODY_PARAGRAPH || !AUTHOR_LINE.matcher(text).find()) {
        continue;
      }
      if (PRESIDENCY.matcher(text).find()) {
        Optional<String> state = MeetingFinder.mspSession(text).flatMap(this::presidencyOf);
        if (state.isPresent()) {
          return List.of(state.get());
        }
      }
      List<String> named = names(text);
      if (!named.isEmpty()) {
        return named;
      }
    }
    for (Passage p : passages.subList(0, limit)) {
      if (STATEMENT_OPENING.matcher(p.text()).find()) {
        String sentence =
            Sentences.split(p.text()).stream()
                .filter(s -> STATEMENT_OPENING.matcher(s).find())
                .findFirst()
                .orElse(p.text());
        List<String> named = names(sentence);
        if (!named.isEmpty()) {
          return named;
        }
      }
    }
    return List.of();
  }

  private List<String> names(String text) {
    List<String> out = new ArrayList<>();
    for (Gazetteer.Match m : gazetteer.find(text)) {
      if (!out.contains(m.entity().name())) {
        out.add(m.entity().name());
      }
    }
    return out;
  }
}
