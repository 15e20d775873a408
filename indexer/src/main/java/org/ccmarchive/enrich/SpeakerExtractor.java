package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccmarchive.enrich.SpeakerReferences.Ref;
import org.ccmarchive.structure.Passage;

/**
 * Attributes the passages of a record to their speakers, passage by passage: the names of each
 * passage ({@link SpeakerReferences}), those that are its sentences' subjects ({@link
 * SentenceSubjects}), and a passage without a named speaker continuing the one before ("She also
 * recalled…"). A statement's author speaks in all its paragraphs. The presiding office resolves to
 * the presiding State of the meeting, or as the record names it ({@link PresidencyFinder}). The
 * words come from {@link SpeakerPatterns}, one language or several.
 */
public final class SpeakerExtractor {

  /** Who speaks in one passage and which States it only mentions. */
  public record Attribution(List<String> speakers, List<String> persons, List<String> mentions) {
    public static final Attribution NONE = new Attribution(List.of(), List.of(), List.of());

    public Attribution {
      speakers = List.copyOf(speakers);
      persons = List.copyOf(persons);
      mentions = List.copyOf(mentions);
    }
  }

  /** The presiding office of one meeting: State, and person when known. */
  public record Presiding(String state, Optional<String> person) {}

  /** A shorter text without a final stop is a label or list line, not a cut sentence. */
  private static final int MIN_CUT_PARAGRAPH = 60;

  /** A statement names its author in its first few paragraphs, if at all. */
  private static final int OPENING_PARAGRAPHS = 3;

  /** A paragraph number before the text ("4.2 Elle a ajouté…"). */
  private static final String NUMBERED = "(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?";

  /** A list item's bullet, as DOCX and PDF text layers write it. */
  private static final Pattern BULLET = Pattern.compile("[-•·▪◦*]");

  private final SpeakerReferences references;
  private final SentenceSubjects subjects;
  private final PresidencyFinder presidency;
  private final Pattern carryOpener;

  /**
   * The organisations whose officers the vocabulary names ("the ISU Director"): they serve every
   * meeting, so they speak in minutes whose attendance list leaves them out.
   */
  private final Set<String> secretariat;

  public SpeakerExtractor(Gazetteer gazetteer, SpeakerPatterns patterns) {
    SpeakerVocabulary vocabulary = new SpeakerVocabulary(patterns);
    this.references = new SpeakerReferences(gazetteer, vocabulary);
    this.subjects = new SentenceSubjects(gazetteer, vocabulary);
    this.presidency = new PresidencyFinder(gazetteer, references, vocabulary);
    this.secretariat = Set.copyOf(patterns.roles().values());
    this.carryOpener =
        Pattern.compile(
            "^" + NUMBERED + "(?:" + SpeakerPatterns.alternation(patterns.carry()) + ")\\b",
            Pattern.UNICODE_CASE | SpeakerVocabulary.FLAGS);
  }

  /** Speakers of every passage of minutes, in passage order. */
  public List<Attribution> attribute(
      List<Passage> passages, Attendance attendance, Optional<Presiding> presiding) {
    return attribute(passages, attendance, presiding, false);
  }

  /**
   * Speakers of a record that is not minutes (a session summary, press release, news report): who
   * the prose reports as speaking; a list line's label ("- Peru: clearance completed…") speaks.
   */
  public List<Attribution> attributeReported(
      List<Passage> passages, Optional<Presiding> presiding) {
    return attribute(passages, Attendance.NONE, presiding, true);
  }

  private List<Attribution> attribute(
      List<Passage> passages,
      Attendance attendance,
      Optional<Presiding> presiding,
      boolean labelsSpeak) {
    PersonDirectory persons = PersonDirectory.of(attendance);
    Optional<Presiding> office = presiding.or(() -> presidency.find(passages));
    Map<String, String> directors = new HashMap<>();
    List<Attribution> out = new ArrayList<>(passages.size());
    Attribution previous = Attribution.NONE;
    Passage previousPassage = null;
    Passage before = null;
    for (Passage p : passages) {
      if (attendance.passageOrdinals().contains(p.ordinal())) {
        out.add(Attribution.NONE);
        before = null;
        continue;
      }
      references.learnDirectors(p.text(), persons, directors);
      boolean listContext =
          before != null
              && (before.kind() == Passage.Kind.HEADING
                  || subjects.opensSpeakerList(before.text()));
      List<Ref> refs = references.find(p.text(), office, persons, directors, attendance);
      Attribution a = attributeOne(p.text(), refs, attendance, office, labelsSpeak, listContext);
      if (p.kind() != Passage.Kind.HEADING
          && a.speakers().isEmpty()
          && previousPassage != null
          && continuesPrevious(p, previousPassage)) {
        a =
            new Attribution(
                previous.speakers(), previous.persons(), minus(a.mentions(), previous.speakers()));
      }
      out.add(a);
      before = p;
      boolean heading = p.kind() == Passage.Kind.HEADING;
      previous = heading ? Attribution.NONE : a;
      previousPassage = heading ? null : p;
    }
    return out;
  }

  /**
   * Speakers of a record that is not minutes: its authors speak in every passage but its headings
   * and its title and delivery lines ({@code titleLines}, by ordinal).
   */
  public List<Attribution> attributeToAuthors(
      List<Passage> passages, List<String> authors, Set<Integer> titleLines) {
    List<Attribution> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      List<String> mentions = minus(states(p.text()), authors);
      boolean silent = p.kind() == Passage.Kind.HEADING || titleLines.contains(p.ordinal());
      out.add(new Attribution(silent ? List.of() : authors, List.of(), mentions));
    }
    return out;
  }

  /** The States named in a text, in order, once each. */
  public List<String> states(String text) {
    return references.states(text);
  }

  /**
   * The subjects of a statement's opening sentences ("Российская Федерация придает…", "La France
   * salue…"): a State or organisation a sentence opens with, when the statement names no author.
   */
  public List<String> openingSubjects(List<Passage> passages) {
    int seen = 0;
    for (Passage p : passages) {
      if (p.kind() == Passage.Kind.HEADING || p.text().length() < MIN_CUT_PARAGRAPH) {
        continue;
      }
      for (String sentence : Sentences.split(p.text())) {
        Optional<String> s = subjects.openingSubject(sentence);
        if (s.isPresent()) {
          return List.of(s.get());
        }
      }
      if (++seen >= OPENING_PARAGRAPHS) {
        break;
      }
    }
    return List.of();
  }

  /**
   * A passage without a named speaker continues the one before it when it opens with a pronoun or a
   * connective ("She also recalled…", "In addition…"), is an item of a list the previous passage
   * introduced ("…as follows:", "Chad: …"), or finishes a sentence cut by a page break.
   */
  private boolean continuesPrevious(Passage p, Passage previous) {
    String text = p.text();
    String prev = previous.text().strip();
    boolean cut =
        prev.length() >= MIN_CUT_PARAGRAPH
            && !BULLET.matcher(prev).lookingAt()
            && ".!?:;\"”)".indexOf(prev.charAt(prev.length() - 1)) < 0;
    boolean listItem = BULLET.matcher(text).lookingAt() && BULLET.matcher(prev).lookingAt();
    // "…two activities:" / "an online survey…;" / "a side event…": a series goes on after ";".
    return carryOpener.matcher(text).find()
        || prev.endsWith(":")
        || prev.endsWith(";")
        || listItem
        || references.labelEntity(text).isPresent()
        || cut;
  }

  /**
   * The speakers among one passage's references: its subjects, kept to the delegations present when
   * an attendance list says who was there (the presiding State and the secretariat always are).
   */
  private Attribution attributeOne(
      String text,
      List<Ref> refs,
      Attendance attendance,
      Optional<Presiding> presiding,
      boolean labelsSpeak,
      boolean listContext) {
    Optional<String> label = references.labelEntity(text);
    SentenceSubjects.Marks marks = subjects.mark(text, refs, labelsSpeak, listContext);
    Set<String> speakers = new LinkedHashSet<>();
    Set<String> speakingPersons = new LinkedHashSet<>();
    for (int i = 0; i < refs.size(); i++) {
      Ref r = refs.get(i);
      if (!marks.subjects()[i] || r.delegations().isEmpty()) {
        continue;
      }
      // "Chad: Chad reported…" in minutes: the label names the topic, not a speaker.
      if (!marks.labelled() && label.isPresent() && r.delegations().equals(List.of(label.get()))) {
        continue;
      }
      for (String delegation : r.delegations()) {
        boolean presides = presiding.isPresent() && presiding.get().state().equals(delegation);
        if (!attendance.isEmpty()
            && !presides
            && !secretariat.contains(delegation)
            && !attendance.isPresent(delegation)) {
          continue;
        }
        speakers.add(delegation);
      }
      if (r.person() != null) {
        speakingPersons.add(r.person());
      }
    }
    return new Attribution(
        List.copyOf(speakers), List.copyOf(speakingPersons), minus(states(text), speakers));
  }

  private static List<String> minus(List<String> all, Collection<String> remove) {
    return all.stream().filter(s -> !remove.contains(s)).toList();
  }
}
