package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmarchive.language.FunctionWords;
import org.ccmarchive.language.LanguageIdentifier;
import org.ccmarchive.structure.Passage;

/**
 * The enrichment stage between structure and indexing: record facts first (type, meeting, date,
 * attendance…), then per passage its speakers, articles, topics, mentioned States and decision
 * flag. Stateless and thread-safe; build one and reuse it.
 */
public final class Enricher {

  /** What the stage found: the record's facts and one {@link PassageFacts} per passage. */
  public record Enrichment(RecordFacts record, List<PassageFacts> passages) {
    public Enrichment {
      passages = List.copyOf(passages);
    }
  }

  /** The extractors that read one language's phrasing ("a souligné", "aprobó", "l'article 4"). */
  private record Reading(
      SpeakerExtractor speakers, ArticleExtractor articles, DecisionDetector decisions) {
    static Reading of(Gazetteer gazetteer, List<String> languages) {
      SpeakerPatterns patterns = SpeakerPatterns.load(languages);
      return new Reading(
          new SpeakerExtractor(gazetteer, patterns),
          new ArticleExtractor(patterns),
          new DecisionDetector(languages));
    }
  }

  private final RecordFactsExtractor recordFacts;
  private final TopicClassifier topics;
  private final DateFinder dates = new DateFinder();
  private final RecordTypeClassifier types = new RecordTypeClassifier();
  private final Map<String, Reading> byLanguage = new HashMap<>();
  private final Reading anyLanguage;

  /**
   * Reads each record with the patterns of its language (of {@code languages}); a record whose
   * language is unknown, or has no patterns, with the patterns of all of them.
   */
  public Enricher(Gazetteer gazetteer, List<String> languages, LanguageDetector detector) {
    this.recordFacts = new RecordFactsExtractor(gazetteer, detector);
    this.topics = new TopicClassifier();
    for (String lang : languages) {
      byLanguage.put(lang, Reading.of(gazetteer, List.of(lang)));
    }
    this.anyLanguage = Reading.of(gazetteer, languages);
  }

  /**
   * English, French and Spanish patterns, the shipped gazetteers, the record's language as Lingua
   * names it (only when sure).
   */
  public static Enricher standard() {
    return new Enricher(
        Gazetteer.standard(), SpeakerPatterns.LANGUAGES, new LanguageIdentifier()::ofRecord);
  }

  public Enrichment enrich(String fileName, List<Passage> passages, Sidecar.Overrides overrides) {
    RecordFacts facts = overrides.apply(recordFacts.extract(fileName, passages));
    Reading reading =
        facts
            .language()
            .map(l -> l.toLowerCase(Locale.ROOT).split("-")[0])
            .filter(l -> readsThroughoutAs(passages, l))
            .map(byLanguage::get)
            .orElse(anyLanguage);
    SpeakerExtractor speakers = reading.speakers();
    ArticleExtractor articles = reading.articles();
    DecisionDetector decisions = reading.decisions();
    List<SpeakerExtractor.Attribution> who =
        attribute(speakers, facts, fileName, passages, presidency(facts));
    List<PassageFacts> out = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      SpeakerExtractor.Attribution a = who.get(i);
      out.add(
          new PassageFacts(
              a.speakers(),
              a.persons(),
              articles.find(p.text(), p.section()),
              p.kind() == Passage.Kind.HEADING ? List.of() : topics.topics(p.text(), p.section()),
              a.mentions(),
              p.kind() != Passage.Kind.HEADING && decisions.isDecision(p.text())));
    }
    return new Enrichment(facts, out);
  }

  /** Characters and function words that make an English, French or Spanish record plainly one. */
  private static final int PLAIN_RECORD_CHARS = 12_000;

  private static final int PLAIN_RECORD_HITS = 20;

  /**
   * Whether a record in {@code language} may be read with that language's phrasing alone. Lingua
   * names the language most of a record is in; a record that quotes or reports in another Latin
   * language ("« Le déminage avance », a déclaré l'ambassadeur chilien" in an English news item),
   * or is too short to show many function words, is read with every language's phrasing instead, as
   * it was before Lingua named records.
   */
  private static boolean readsThroughoutAs(List<Passage> passages, String language) {
    if (!FunctionWords.BY_LANGUAGE.containsKey(language)) {
      return true; // Arabic, Russian, Chinese: the script decides
    }
    StringBuilder text = new StringBuilder();
    for (Passage p : passages) {
      if (text.length() >= PLAIN_RECORD_CHARS) {
        break;
      }
      text.append(p.text()).append('\n');
    }
    return FunctionWords.plainly(text.toString(), language, PLAIN_RECORD_CHARS, PLAIN_RECORD_HITS);
  }

  /**
   * The presiding State of the record's meeting: as its attendance list says ("Mexico – 12MSP
   * President"; of several presidents listed, the one the calendar has in office on the meeting's
   * date), else from the calendar of meetings (the session's presidency).
   */
  private Optional<String> presidency(RecordFacts facts) {
    List<String> listed =
        facts.attendance().present().stream()
            .filter(Attendance.Delegation::presides)
            .map(Attendance.Delegation::name)
            .toList();
    if (listed.size() > 1) {
      Optional<String> inOffice = recordFacts.presidencyOf(facts).filter(listed::contains);
      if (inOffice.isPresent()) {
        return inOffice;
      }
    }
    Optional<String> first =
        listed.stream().findFirst().or(() -> recordFacts.sessionPresidencyOf(facts));
    // Records that are not minutes (an intersessional summary): the presidency in office then.
    boolean minutes = facts.type().filter("minutes"::equals).isPresent();
    return minutes ? first : first.or(() -> recordFacts.presidencyOf(facts));
  }

  /**
   * Who speaks where. Minutes: the subjects of their sentences, persons through the attendance
   * list. A statement: its author in every paragraph but its title lines and delivery line. A
   * report whose title names its author: that author. Anything else (session summaries, press
   * releases, news): the States and organisations its prose reports as speaking.
   */
  private List<SpeakerExtractor.Attribution> attribute(
      SpeakerExtractor speakers,
      RecordFacts facts,
      String fileName,
      List<Passage> passages,
      Optional<String> presidency) {
    Attendance att = facts.attendance();
    Optional<SpeakerExtractor.Presiding> presiding =
        presidency.map(
            state ->
                new SpeakerExtractor.Presiding(
                    state,
                    PersonDirectory.of(att)
                        .firstAmbassadorOf(state)
                        .map(PersonDirectory.Entry::name)));
    String type = facts.type().orElse("");
    if (UNSPOKEN.contains(type)) {
      // An agenda or a list of participants lists States and persons; nobody speaks in it.
      return passages.stream()
          .map(
              p ->
                  new SpeakerExtractor.Attribution(List.of(), List.of(), speakers.states(p.text())))
          .toList();
    }
    if (type.equals("minutes")) {
      return speakers.attribute(passages, att, presiding);
    }
    List<String> authors = facts.authors();
    if (type.equals("statement") && authors.isEmpty() && titledStatement(fileName, passages)) {
      // "Российская Федерация придает…": the author is the subject of the opening sentences.
      authors = speakers.openingSubjects(passages);
    }
    if (!authors.isEmpty() && AUTHORED.contains(type)) {
      Set<Integer> silent = new HashSet<>(titleLines(passages));
      silent.addAll(recordFacts.unspokenLines(facts, passages));
      if (!SUBMITTED.contains(type)) {
        return speakers.attributeToAuthors(passages, authors, silent);
      }
      return papersAndLetters(speakers, passages, authors, silent);
    }
    return speakers.attributeReported(passages, presiding);
  }

  /**
   * A statement by its file name or first line, not by a "Statement by X" line deeper down (a
   * session summary listing statements is no statement).
   */
  private boolean titledStatement(String fileName, List<Passage> passages) {
    String first = passages.isEmpty() ? "" : passages.getFirst().text();
    return types.classify(fileName, first).filter("statement"::equals).isPresent();
  }

  /**
   * A paper's or letter's authors speak in its body, which a PDF text layer does not always style
   * right: a short line that does not end like a sentence ("Objectifs de la séance", "Propuestas")
   * is a heading whatever its style, and a "heading" that ends like a sentence ("7. La Presidencia
   * propone … las siguientes medidas:") is body text.
   */
  private static List<SpeakerExtractor.Attribution> papersAndLetters(
      SpeakerExtractor speakers,
      List<Passage> passages,
      List<String> authors,
      Set<Integer> silent) {
    Set<Integer> unmarked = new HashSet<>(silent);
    List<Passage> restyled = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      String t = p.text().strip();
      boolean endsLikeSentence = endsWithOneOf(t, SENTENCE_ENDS);
      boolean bullet = !t.isEmpty() && BULLETS.indexOf(t.charAt(0)) >= 0;
      if (p.kind() != Passage.Kind.HEADING
          && !bullet
          && !endsLikeSentence
          && t.length() < UNMARKED_HEADING) {
        unmarked.add(p.ordinal());
      }
      boolean sentenceHeading =
          p.kind() == Passage.Kind.HEADING && endsLikeSentence && t.length() >= SENTENCE_HEADING;
      restyled.add(
          sentenceHeading
              ? new Passage(
                  p.ordinal(), Passage.Kind.PARAGRAPH, p.number(), p.page(), p.section(), p.text())
              : p);
    }
    return speakers.attributeToAuthors(restyled, authors, unmarked);
  }

  /** Characters a sentence ends with, in the six languages. */
  private static final String SENTENCE_ENDS = ".!?:;。،؛";

  /** Characters that end a line that is no title line: a sentence's, or a comma's run-on. */
  private static final String TITLE_ENDS = SENTENCE_ENDS + ",";

  /** Characters a list item starts with. */
  private static final String BULLETS = "-•·▪◦*";

  // A look at one character, not a regular expression run over the whole passage: this runs on
  // every passage of every record.
  private static boolean endsWithOneOf(String text, String chars) {
    return !text.isEmpty() && chars.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** A line shorter than this without a final stop is a heading in a paper or letter. */
  private static final int UNMARKED_HEADING = 100;

  /** A "heading" at least this long that ends like a sentence is body text. */
  private static final int SENTENCE_HEADING = 60;

  /** Record types that speak for their submitters or signatory, from their structure. */
  private static final Set<String> SUBMITTED = Set.of("working paper", "concept note", "letter");

  /** Record types whose author speaks in every paragraph. */
  private static final Set<String> AUTHORED =
      Set.of("statement", "report", "working paper", "concept note", "letter");

  /** Record types that record no speech. */
  private static final Set<String> UNSPOKEN = Set.of("agenda", "list of participants");

  /**
   * The ordinals of a record's short title and delivery lines ("Check against delivery", "Geneva, 3
   * September 2019"): the leading short lines that are not sentences, and any later short line with
   * a date. A long title line ("Déclaration de la France au titre du point 5…") is the author's, as
   * the seed gold labels it.
   */
  private Set<Integer> titleLines(List<Passage> passages) {
    Set<Integer> out = new HashSet<>();
    boolean opening = true;
    for (Passage p : passages) {
      String t = p.text().strip();
      if (p.kind() == Passage.Kind.HEADING) {
        opening = false;
      }
      boolean sentence = t.length() >= TITLE_LINE || endsWithOneOf(t, TITLE_ENDS);
      if (opening && !sentence && t.length() < SHORT_TITLE_LINE) {
        out.add(p.ordinal());
        continue;
      }
      opening = false;
      if (t.length() < DELIVERY_LINE && dates.find(t).isPresent()) {
        out.add(p.ordinal());
      }
    }
    return out;
  }

  /** A title line is shorter than a body sentence. */
  private static final int TITLE_LINE = 160;

  /**
   * A title line this short is the record's title, not the author's words ("Déclaration française",
   * "Check against delivery"); a longer one ("Declaración de Chile en relación con el tema 6 del
   * programa: …") is labelled as the author's in the seed gold.
   */
  private static final int SHORT_TITLE_LINE = 90;

  /** "Geneva, 3 September 2019" and its variants fit in this. */
  private static final int DELIVERY_LINE = 60;
}
