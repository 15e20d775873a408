package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.structure.Passage;

/**
 * Attributes the passages of minutes to their speakers. A delegation, organisation, person or
 * office ("The Presidency", "the Director") speaks in a passage when it is the subject of a
 * reporting verb ("Norway congratulated…", "Ms Moraga highlighted…", "The Representative of Peru
 * thanked…", "Le représentant de la France a souligné…", "El representante de Colombia señaló…");
 * names anywhere else are mentions. Persons resolve to delegations through the attendance list; the
 * presiding office ("The President", "La Présidence", "la Presidenta") resolves to the presiding
 * State of that meeting. The words come from {@link SpeakerPatterns}, one language or several.
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

  /** Unicode word boundaries: "presentó", "Présidence" are words, not "present" + "ó". */
  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  /** A paragraph number before the text ("4.2 Elle a ajouté…"). */
  private static final String NUMBERED = "(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?";

  private final Gazetteer gazetteer;
  private final Pattern verbAfter;
  private final Pattern coordinator;
  private final Pattern conjunction;
  private final Pattern personRef;
  private final Pattern presidingRef;
  private final Pattern roleRef;
  private final Pattern clause;
  private final Pattern carryOpener;
  private final Pattern verbs;
  private final SpeakerPatterns patterns;
  private final Pattern directorThenName;
  private final Pattern nameThenDirector;

  public SpeakerExtractor(Gazetteer gazetteer, SpeakerPatterns patterns) {
    this.gazetteer = gazetteer;
    this.patterns = patterns;
    String verb = SpeakerPatterns.alternation(patterns.verbs());
    String adverb =
        "(?:"
            + SpeakerPatterns.alternation(patterns.adverbs())
            + patterns.adverbSuffixes().stream().map(x -> "|\\p{L}+" + x).reduce("", String::concat)
            + ")";
    String adverbs = "(?:" + adverb + "\\s+){0,2}";
    String auxiliary =
        patterns.auxiliaries().isEmpty()
            ? ""
            : "(?:(?:"
                + SpeakerPatterns.alternation(patterns.auxiliaries())
                + ")\\s+"
                + adverbs
                + ")?";
    String relative =
        patterns.relatives().isEmpty()
            ? ""
            : "(?:(?:" + SpeakerPatterns.alternation(patterns.relatives()) + ")\\s+)?";
    String the = "(?:" + SpeakerPatterns.determiner(patterns.determiners()) + ")";
    String of = ofWords(patterns.ofWords());
    String and = SpeakerPatterns.alternation(patterns.conjunctions());
    this.verbs = Pattern.compile("\\b(?:" + verb + ")\\b", FLAGS);
    // After the subject: an optional role noun, an optional appositive between commas, "who",
    // adverbs, an auxiliary ("a", "ha") with its adverbs, then the verb.
    this.verbAfter =
        Pattern.compile(
            "^(?:\\s+(?:Director|delegation|representative|Representative))?"
                + "(?<appositive>,\\s*[^,;]{1,170}?,)?\\s+"
                + relative
                + adverbs
                + auxiliary
                + "(?:"
                + verb
                + ")\\b",
            FLAGS);
    this.coordinator =
        Pattern.compile("^\\s*(?:,\\s*(?:" + and + ")|,|" + and + ")\\s*" + the + "?", FLAGS);
    this.conjunction = Pattern.compile("(?:^|\\s)(?:" + and + ")(?:\\s|$)", FLAGS);
    String honorific =
        patterns.honorifics().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(h -> Pattern.quote(h) + (h.endsWith(".") ? "\\s*" : "\\s+"))
            .reduce((a, b) -> a + "|" + b)
            .orElse("Ms\\s+");
    String nameWord = "(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)";
    // Not inside a word: the "M." of "CCM." is no French "Monsieur".
    this.personRef =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[HS]\\.\\s?E\\.\\s*)?(?:"
                + honorific
                + ")(?<name>"
                + nameWord
                + "(?:\\s+"
                + nameWord
                + "){0,4})",
            FLAGS);
    this.presidingRef =
        Pattern.compile(
            "\\b"
                + the
                + "(?:"
                + SpeakerPatterns.alternation(patterns.presiding())
                + ")\\b(?!\\s+"
                + of
                + ")(?!\\s+\\p{Lu})",
            FLAGS);
    this.roleRef =
        Pattern.compile(
            "\\b"
                + the
                + "(?<role>"
                + SpeakerPatterns.alternation(List.copyOf(patterns.roles().keySet()))
                + ")\\b(?!\\s+"
                + of
                + ")",
            FLAGS);
    this.clause =
        Pattern.compile(
            "\\b(?:" + SpeakerPatterns.alternation(patterns.clauses()) + ")(?:\\b|(?<=['’]))",
            FLAGS);
    String org = "(?<org>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,6})";
    String person = "(?:" + honorific + ")(?<name>" + nameWord + "(?:\\s+" + nameWord + "){0,4})";
    this.directorThenName =
        Pattern.compile("\\b[Tt]he\\s+Director\\s+of\\s+the\\s+" + org + ",\\s+" + person);
    this.nameThenDirector =
        Pattern.compile(person + ",\\s+(?:the\\s+)?Director\\s+of\\s+the\\s+" + org + "\\b");
    this.carryOpener =
        Pattern.compile(
            "^" + NUMBERED + "(?:" + SpeakerPatterns.alternation(patterns.carry()) + ")\\b",
            Pattern.UNICODE_CASE | FLAGS);
  }

  /** "of", "de", "d'": the office after it is someone else's ("the President of Chile"). */
  private static String ofWords(List<String> words) {
    return "(?:"
        + words.stream()
            .map(
                w ->
                    w.endsWith("'") || w.endsWith("’")
                        ? Pattern.quote(w.substring(0, w.length() - 1)) + "['’]"
                        : Pattern.quote(w) + "\\b")
            .reduce((a, b) -> a + "|" + b)
            .orElse("of\\b")
        + ")";
  }

  /** Speakers of every passage of minutes, in passage order. */
  public List<Attribution> attribute(
      List<Passage> passages, Attendance attendance, Optional<Presiding> presiding) {
    PersonDirectory persons = PersonDirectory.of(attendance);
    Map<String, String> directors = new HashMap<>();
    List<Attribution> out = new ArrayList<>(passages.size());
    Attribution previous = Attribution.NONE;
    Passage previousPassage = null;
    for (Passage p : passages) {
      if (attendance.passageOrdinals().contains(p.ordinal())) {
        out.add(Attribution.NONE);
        continue;
      }
      learnDirectors(p.text(), persons, directors);
      Attribution a = attributeOne(p.text(), attendance, presiding, persons, directors);
      if (p.kind() != Passage.Kind.HEADING
          && a.speakers().isEmpty()
          && previousPassage != null
          && continuesPrevious(p, previousPassage)) {
        a =
            new Attribution(
                previous.speakers(), previous.persons(), minus(a.mentions(), previous.speakers()));
      }
      out.add(a);
      if (p.kind() != Passage.Kind.HEADING) {
        previous = a;
        previousPassage = p;
      } else {
        previous = Attribution.NONE;
        previousPassage = null;
      }
    }
    return out;
  }

  /** Speakers of a record that is not minutes: its authors speak in every passage. */
  public List<Attribution> attributeToAuthors(List<Passage> passages, List<String> authors) {
    List<Attribution> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      List<String> mentions = minus(states(p.text()), authors);
      List<String> speakers = p.kind() == Passage.Kind.HEADING ? List.of() : authors;
      out.add(new Attribution(speakers, List.of(), mentions));
    }
    return out;
  }

  /** The States named in a text, in order, once each. */
  public List<String> states(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (Gazetteer.Match m : gazetteer.find(text)) {
      if (m.entity().kind() == Gazetteer.Kind.STATE) {
        out.add(m.entity().name());
      }
    }
    return List.copyOf(out);
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
            && !prev.startsWith("-")
            && ".!?:;\"”)".indexOf(prev.charAt(prev.length() - 1)) < 0;
    boolean listItem = text.startsWith("-") && prev.startsWith("-");
    return carryOpener.matcher(text).find()
        || prev.endsWith(":")
        || listItem
        || labelEntity(text).isPresent()
        || cut;
  }

  private Attribution attributeOne(
      String text,
      Attendance attendance,
      Optional<Presiding> presiding,
      PersonDirectory persons,
      Map<String, String> directors) {
    List<Ref> refs = references(text, presiding, persons, directors);
    Optional<String> label = labelEntity(text);
    Set<String> speakers = new LinkedHashSet<>();
    Set<String> speakingPersons = new LinkedHashSet<>();
    boolean[] subject = new boolean[refs.size()];
    boolean[] listed = new boolean[refs.size()];
    for (int i = refs.size() - 1; i >= 0; i--) {
      Ref r = refs.get(i);
      if (inReportedClause(text, r.start)) {
        continue;
      }
      listed[i] = coordinatedWithSubject(text, refs, subject, listed, i);
      subject[i] = listed[i] || isFollowedByVerb(text, r.end);
    }
    for (int i = 0; i < refs.size(); i++) {
      Ref r = refs.get(i);
      if (!subject[i] || r.delegation == null) {
        continue;
      }
      if (label.isPresent() && label.get().equals(r.delegation)) {
        continue;
      }
      boolean presides = presiding.isPresent() && presiding.get().state().equals(r.delegation);
      if (!attendance.isEmpty() && !presides && !attendance.isPresent(r.delegation)) {
        continue;
      }
      speakers.add(r.delegation);
      if (r.person != null) {
        speakingPersons.add(r.person);
      }
    }
    return new Attribution(
        List.copyOf(speakers), List.copyOf(speakingPersons), minus(states(text), speakers));
  }

  private boolean isFollowedByVerb(String text, int from) {
    // A region, not a substring: copying the rest of a long passage per name would be quadratic.
    Matcher m = verbAfter.matcher(text).region(from, Math.min(text.length(), from + 400));
    if (!m.lookingAt()) {
      return false;
    }
    String appositive = m.group("appositive");
    // "the Netherlands, confirmed the retreat, …": a verb inside the commas is not an appositive.
    return appositive == null || !verbs.matcher(appositive).find();
  }

  /**
   * "The Netherlands and Zambia jointly presented…": a name joined by "and" to a speaker speaks
   * too; a comma joins only inside such a list ("Norway, Peru and Chile…"), never on its own ("With
   * the agreement of Ambassador X, Ms Y responded").
   */
  private boolean coordinatedWithSubject(
      String text, List<Ref> refs, boolean[] subject, boolean[] listed, int i) {
    if (i + 1 >= refs.size() || !subject[i + 1]) {
      return false;
    }
    String between = text.substring(refs.get(i).end, refs.get(i + 1).start);
    Matcher m = coordinator.matcher(between);
    if (!m.find() || m.end() != between.length()) {
      return false;
    }
    boolean commaOnly = !conjunction.matcher(between).find();
    return !commaOnly || listed[i + 1];
  }

  /** Names after "that" or "whether" in the same sentence are what was said, not who said it. */
  private boolean inReportedClause(String text, int position) {
    int start = sentenceStart(text, position);
    return clause.matcher(text.substring(start, position)).find();
  }

  /** No sentence in these records is longer; bounds the work on text without full stops. */
  private static final int MAX_SENTENCE = 1500;

  static int sentenceStart(String text, int position) {
    int floor = Math.max(0, position - MAX_SENTENCE);
    for (int i = position - 1; i > floor; i--) {
      if (Sentences.isBoundary(text, i)) {
        return i + 1;
      }
    }
    return floor;
  }

  /** "Chad: Chad reported…" — the entity a list item is about. */
  private Optional<String> labelEntity(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > 60) {
      return Optional.empty();
    }
    return gazetteer.lookup(text.substring(0, colon)).map(Gazetteer.Entity::name);
  }

  /**
   * "the Director of the ISU, Ms Pamela Moraga" or "Ms Gabelnick, Director of the CMC": who holds
   * an organisation's directorship, so that a later "the ISU Director" names a person too.
   */
  private void learnDirectors(String text, PersonDirectory persons, Map<String, String> directors) {
    for (Pattern p : List.of(directorThenName, nameThenDirector)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Optional<Gazetteer.Entity> org = gazetteer.lookup(m.group("org"));
        if (org.isPresent()) {
          String name = m.group("name");
          String full = persons.resolve(name).map(PersonDirectory.Entry::name).orElse(name);
          directors.putIfAbsent(org.get().name(), full);
        }
      }
    }
  }

  private List<Ref> references(
      String text,
      Optional<Presiding> presiding,
      PersonDirectory persons,
      Map<String, String> directors) {
    List<Ref> refs = new ArrayList<>();
    Matcher pm = personRef.matcher(text);
    while (pm.find()) {
      String name = pm.group("name");
      Optional<PersonDirectory.Entry> e = persons.resolve(name);
      String delegation = e.map(PersonDirectory.Entry::delegation).orElse(null);
      String person = e.map(PersonDirectory.Entry::name).orElse(name);
      refs.add(new Ref(pm.start(), pm.end(), delegation, person));
    }
    if (presiding.isPresent()) {
      Matcher m = presidingRef.matcher(text);
      while (m.find()) {
        refs.add(
            new Ref(
                m.start(),
                m.end(),
                presiding.get().state(),
                presiding.get().person().orElse(null)));
      }
    }
    Matcher rm = roleRef.matcher(text);
    while (rm.find()) {
      String org = patterns.roles().get(rm.group("role"));
      refs.add(new Ref(rm.start(), rm.end(), org, directors.get(org)));
    }
    for (Gazetteer.Match g : gazetteer.find(text)) {
      boolean director =
          text.startsWith("Director", g.end() + 1)
              || text.substring(g.start(), g.end()).endsWith("Director");
      String name = g.entity().name();
      refs.add(new Ref(g.start(), g.end(), name, director ? directors.get(name) : null));
    }
    refs.sort(Comparator.comparingInt(Ref::start).thenComparing(r -> -(r.end - r.start)));
    List<Ref> kept = new ArrayList<>();
    for (Ref r : refs) {
      if (kept.isEmpty() || r.start >= kept.getLast().end) {
        kept.add(r);
      }
    }
    return kept;
  }

  private static List<String> minus(List<String> all, java.util.Collection<String> remove) {
    return all.stream().filter(s -> !remove.contains(s)).toList();
  }

  private record Ref(int start, int end, String delegation, String person) {}
}
