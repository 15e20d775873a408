package org.ccmarchive.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

  /**
   * The dateline of a body paragraph: its first characters ("DUBROVNIK, 11 de septiembre de 2015
   * –").
   */
  private static final int DATELINE = 60;

  /** A paragraph at least this long that ends like a sentence is body text. */
  private static final int BODY_SENTENCE = 60;

  private static final Pattern AUTHOR_LINE =
      Pattern.compile(
          "(?iU)\\b(?:annual report|report|statement|concept note|working paper|note"
              + "|rapport|déclaration|note conceptuelle|document de travail|intervention"
              + "|informe|declaración|nota conceptual|documento de trabajo|intervención"
              + "|discours|allocution|ponencia|بيان|كلمة|заявление|выступление|доклад)\\b"
              + "|发言|声明|讲话");
  private static final Pattern STATEMENT_OPENING =
      Pattern.compile(
          "(?iU)\\bAs (?:co-?)?coordinators?\\b"
              + "|\\bEn (?:tant que|qualité de) (?:co-?)?coordonnat(?:eur|rice)s?\\b"
              + "|\\b(?:Como|En (?:su )?calidad de) (?:co-?)?coordinador(?:a|es|as)?\\b");
  private static final String LETTER = "letter";

  /** Record types that speak for the submitters their "Submitted by" line names. */
  private static final Set<String> SUBMITTED = Set.of("working paper", "concept note");

  private static final Pattern PRESIDENCY = Pattern.compile("Presidency|Présidence|Presidencia");

  private final Gazetteer gazetteer;
  private final RecordTypeClassifier types = new RecordTypeClassifier();
  private final DateFinder dates = new DateFinder();
  private final MeetingFinder meetings = new MeetingFinder();
  private final PlaceFinder places = new PlaceFinder();
  private final SymbolExtractor symbols = new SymbolExtractor();
  private final AttendanceExtractor attendance;
  private final LanguageDetector languages;
  private final MeetingCalendar calendar;
  private final DocumentAuthorship authorship;

  public RecordFactsExtractor(Gazetteer gazetteer, LanguageDetector languages) {
    this.gazetteer = gazetteer;
    this.attendance = new AttendanceExtractor(gazetteer);
    this.languages = languages;
    this.calendar = MeetingCalendar.standard();
    this.authorship = new DocumentAuthorship(gazetteer, calendar);
  }

  public RecordFacts extract(String fileName, List<Passage> passages) {
    String titleBlock = titleBlock(passages);
    String opening = opening(passages, Integer.MAX_VALUE);
    // The type is what the title block says the record is, not a word of its body ("the Swiss
    // statement" in a news item).
    Optional<String> type = types.classify(fileName, titleBlock);
    // A date deep in the first long paragraph is one it talks about ("which took effect on 6 March
    // 2025"); only its dateline ("GENEVA, 18 September 2025 –") dates the record.
    Optional<LocalDate> printed = dates.find(opening(passages, DATELINE));
    // A letter is dated by its own date line and belongs to no meeting, even one it announces or
    // is signed for ("President-designate of the Eleventh Meeting of States Parties").
    boolean letter = type.filter(LETTER::equals).isPresent();
    Optional<String> meeting =
        letter
            ? Optional.empty()
            : meetings.find(
                fileName, titleBlock, opening, printed, type.filter("minutes"::equals).isPresent());
    Optional<MeetingCalendar.Session> session = meeting.flatMap(calendar::sessionOf);
    // A letter's date line ("San José, 2 de abril de 2014") dates and places it, not the dates
    // and places of the meetings its first paragraphs announce.
    String dateLine = letter ? dateLine(passages) : opening;
    Optional<LocalDate> date =
        session.map(s -> meetingDate(s, opening)).or(() -> letter ? dates.find(dateLine) : printed);
    Optional<String> place =
        session.map(MeetingCalendar.Session::place).or(() -> places.find(dateLine));
    Optional<String> symbol = ownSymbol(passages);
    List<String> cited = citedSymbols(passages, symbol);
    String all = passages.stream().map(Passage::text).collect(Collectors.joining("\n"));
    Attendance att =
        type.filter("minutes"::equals)
            .map(t -> attendance.extract(passages))
            .orElse(Attendance.NONE);
    List<String> authors =
        type.filter("minutes"::equals).isPresent()
            ? List.of()
            : letter
                ? authorship.letter(passages).signatory()
                : authors(fileName, passages, type, calendar.presidencyOf(meeting, date));
    return new RecordFacts(
        type, meeting, date, place, languages.detect(all), symbol, cited, authors, att);
  }

  /**
   * A session's date: its first day as the record prints its span of days ("16-19 September 2025"),
   * when that span overlaps the calendar's; else the calendar's first day. A single day printed
   * (the day a statement was delivered, a dateline) or a span that contradicts the calendar is not
   * the meeting's date.
   */
  private LocalDate meetingDate(MeetingCalendar.Session s, String opening) {
    return dates
        .firstSpan(opening)
        .filter(d -> !d.isBefore(s.first().minusDays(3)) && !d.isAfter(s.last()))
        .orElse(s.first());
  }

  /** The presiding State of a session by its code ({@code 13MSP}), from the calendar. */
  public Optional<String> presidencyOf(String session) {
    return calendar.presidencyOf(session);
  }

  /**
   * The presiding State of a record's meeting: the session's presidency, or for a Coordination
   * Committee meeting the presidency in office on its date (from the calendar).
   */
  public Optional<String> presidencyOf(RecordFacts facts) {
    return calendar.presidencyOf(facts.meeting(), facts.date());
  }

  /**
   * The presiding State of the session (MSP, Review Conference) a record belongs to, from the
   * calendar. Minutes of the Coordination Committee are left to what they say themselves: a meeting
   * may be chaired by another presidency than the calendar's (an outgoing one, a vice-president).
   */
  public Optional<String> sessionPresidencyOf(RecordFacts facts) {
    return facts
        .meeting()
        .flatMap(calendar::sessionOf)
        .flatMap(MeetingCalendar.Session::presidency);
  }

  /**
   * The record's opening: its lines before the first body paragraph (at most {@value
   * #MAX_OPENING_PASSAGES}), and up to {@code bodyChars} of that paragraph, which often names the
   * meeting and its date ("GENEVA, 18 September 2025 – States Parties to the Convention…").
   */
  static String opening(List<Passage> passages, int bodyChars) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Passage p : passages) {
      if (n++ >= MAX_OPENING_PASSAGES) {
        break;
      }
      if (p.text().length() >= BODY_PARAGRAPH) {
        sb.append(p.text(), 0, Math.min(bodyChars, p.text().length())).append('\n');
        break;
      }
      sb.append(p.text()).append('\n');
    }
    return sb.toString();
  }

  /**
   * The title block: headings and short lines before the first sentence of body text (a paragraph
   * or list item of {@value #BODY_SENTENCE} characters or more that ends like a sentence, or any
   * long paragraph).
   */
  static String titleBlock(List<Passage> passages) {
    StringBuilder sb = new StringBuilder();
    for (Passage p : passages.subList(0, titleBlockSize(passages))) {
      sb.append(p.text()).append('\n');
    }
    return sb.toString();
  }

  /** How many passages the title block has. */
  static int titleBlockSize(List<Passage> passages) {
    int n = 0;
    for (Passage p : passages) {
      String t = p.text();
      // A Chinese full stop ends a sentence however short: the script is dense.
      boolean body =
          p.kind() != Passage.Kind.HEADING
              && (t.length() >= BODY_PARAGRAPH
                  || t.endsWith("。")
                  || (t.length() >= BODY_SENTENCE
                      && ".;:!?”\"！？".indexOf(t.charAt(t.length() - 1)) >= 0));
      if (body || n >= MAX_OPENING_PASSAGES) {
        break;
      }
      n++;
    }
    return n;
  }

  /** The first line of the title block with a date in it, else the whole title block. */
  private String dateLine(List<Passage> passages) {
    for (Passage p : passages.subList(0, titleBlockSize(passages))) {
      for (String line : p.text().split("\\n")) {
        if (dates.find(line).isPresent()) {
          return line;
        }
      }
    }
    return titleBlock(passages);
  }

  /**
   * A symbol standing alone on one of the first lines is the record's own. A PDF text layer joins a
   * title block's short lines into one passage ("CCM/MSP/2013/1\nConvention on…\nFourth Meeting…"),
   * so each of its lines counts as a line.
   */
  private Optional<String> ownSymbol(List<Passage> passages) {
    for (Passage p : passages.subList(0, Math.min(passages.size(), MAX_OPENING_PASSAGES))) {
      for (String line : p.text().split("\n")) {
        List<String> found = symbols.find(line);
        if (found.size() == 1 && SymbolExtractor.normalise(line).equals(found.getFirst())) {
          return Optional.of(found.getFirst());
        }
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
   * The ordinals of a record's lines that no author speaks although they are not title lines: a
   * letter's frame (salutation, closing formula, signature block), a paper's "Submitted by" line.
   */
  public Set<Integer> unspokenLines(RecordFacts facts, List<Passage> passages) {
    if (facts.type().filter(LETTER::equals).isPresent()) {
      return authorship.letter(passages).frame();
    }
    return byline(passages, facts.type(), Optional.empty())
        .map(b -> Set.of(b.ordinal()))
        .orElse(Set.of());
  }

  /**
   * The "Submitted by" line of a working paper or concept note. A report's "Summary prepared by the
   * ISU" names who wrote up what others said, not who speaks.
   */
  private Optional<DocumentAuthorship.Byline> byline(
      List<Passage> passages, Optional<String> type, Optional<String> presidency) {
    if (type.filter(SUBMITTED::contains).isEmpty()) {
      return Optional.empty();
    }
    return authorship.submitters(passages.subList(0, titleBlockSize(passages)), presidency);
  }

  /**
   * Who speaks in a report, statement, working paper or concept note: the submitters its "Submitted
   * by" line names ({@link DocumentAuthorship}), else the organisation or presidency named on its
   * title line ("Implementation Support Unit – 2024 Annual Report", "Concept Note from the 13 MSP
   * Presidency"), else the delegations of a statement's opening ("As coordinators…, Norway and Peru
   * will…").
   */
  private List<String> authors(
      String fileName, List<Passage> passages, Optional<String> type, Optional<String> presidency) {
    int limit = Math.min(passages.size(), MAX_OPENING_PASSAGES);
    Optional<DocumentAuthorship.Byline> byline = byline(passages, type, presidency);
    if (byline.isPresent()) {
      return byline.get().authors();
    }
    // Only the title block names the author: a list line "Statement by X" further down is about
    // another text, not this record's byline.
    for (Passage p : passages.subList(0, titleBlockSize(passages))) {
      String text = p.text();
      if (!AUTHOR_LINE.matcher(text).find()) {
        continue;
      }
      if (PRESIDENCY.matcher(text).find()) {
        Optional<String> state = MeetingFinder.mspSession(text).flatMap(calendar::presidencyOf);
        if (state.isPresent()) {
          return List.of(state.get());
        }
      }
      List<String> named = names(text);
      if (!named.isEmpty()) {
        return named;
      }
    }
    // "Statement-Ireland-VA-9MSP": a statement's author may be only in its file name.
    if (AUTHOR_LINE.matcher(fileName.replaceAll("[-_.]+", " ")).find()) {
      List<String> named = names(fileName.replaceAll("[-_.]+", " "));
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
