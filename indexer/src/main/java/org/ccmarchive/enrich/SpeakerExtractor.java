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
  private final Pattern verbBefore;
  private final Pattern agent;
  private final Pattern agentGap;
  private final Pattern chainGap;
  private final Pattern labelSpeech;
  private final Pattern ofState;
  private final Pattern namesOnlyRest;
  private final Pattern openingGap;
  private final Pattern presidingWord;
  private final Pattern holderOf;
  private final Pattern speechNoun;
  private final Pattern coordinatorsRef;
  private final Pattern appositionOpen;
  private final Pattern objectMarker;
  private final Pattern quoteInversion;
  private final Pattern listOpener;

  /** A list line's lead before its first name: a bullet or an item number. */
  private static final Pattern LIST_LEAD =
      Pattern.compile("^\\s*(?:[-•*]\\s*)?(?:\\d{1,2}[.)]\\s*)?$");

  /** A label's separator and some text after it ("Peru: clearance…", "Peru – …"). */
  private static final Pattern LABEL_SEPARATOR =
      Pattern.compile("^\\s*[:：–—]\\s*\\S|^\\s+-\\s+\\S");

  /** "the Republic of": the words of a formal name before the short name a gazetteer knows. */
  private static final Pattern FORMAL_NAME =
      Pattern.compile(
          "(?:(?:the|la|el|le)\\s+)?(?:Republic|République|República|Kingdom|Royaume|Reino|State|Estado|État)"
              + "\\s+(?:of|de|du|del|d['’])\\s*(?:(?:the|la|el|le)\\s+|l['’])?",
          FLAGS);

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
                + ")(?:\\s*,[^,;]{1,40},)?\\s+"
                + adverbs
                + ")?";
    String relative =
        patterns.relatives().isEmpty()
            ? ""
            : "(?:(?:" + SpeakerPatterns.alternation(patterns.relatives()) + ")\\s+)?";
    String the = "(?:" + SpeakerPatterns.determiner(patterns.determiners()) + ")";
    String of = ofWords(patterns.ofWords());
    String and = SpeakerPatterns.alternation(patterns.conjunctions());
    String edge = patterns.unspaced() ? "" : "\\b";
    this.verbs = Pattern.compile(edge + "(?:" + verb + ")" + edge, FLAGS);
    // Chinese: an adverbial may stand between subject and verb ("主席在开幕词中回顾了").
    String space = patterns.unspaced() ? "[^，。；：、,.;:]{0,10}?" : "\\s+";
    String wordEnd = patterns.unspaced() ? "" : "(?![\\p{L}\\p{N}])";
    String subjectNoun =
        patterns.get("subject-noun").isEmpty()
            ? ""
            : "(?:['’]s)?(?:\\s*(?:"
                + SpeakerPatterns.alternation(patterns.get("subject-noun"))
                + "))*";
    // After the subject: its role nouns ("'s delegation", "statement"), an optional appositive
    // between commas, the comma closing an apposition the subject stands in ("The Coordinators,
    // Iraq and Italy, briefed"), "who", adverbs, an auxiliary ("a", "ha"), then the verb.
    this.verbAfter =
        Pattern.compile(
            "^\\)?"
                + subjectNoun
                // "(GIP)", "(CMC)": an acronym in brackets after the name.
                + "(?:\\s*\\([^()]{1,40}\\))?"
                // "The Presidency of the Fifth Meeting of States Parties opened": the office's
                // complement, capitalised words after "of".
                + "(?:\\s+(?:"
                + of
                + ")\\s*(?:"
                + the
                + ")?\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+(?:(?:"
                + of
                + ")\\s*(?:"
                + the
                + ")?)?\\p{Lu}[\\p{L}\\p{N}-]*){0,6})?"
                + "(?<appositive>,\\s*[^,;]{1,170}?,)?(?<close>\\s*,)?"
                + space
                + relative
                + adverbs
                + auxiliary
                + "(?:"
                + verb
                + ")"
                + wordEnd,
            FLAGS);
    // Languages that put the verb first (Arabic: "وأكد ممثل العراق"): the verb, with its clitic,
    // and role nouns before the subject.
    this.verbBefore =
        patterns.get("verb-before").isEmpty()
            ? null
            : Pattern.compile(
                "(?:^|[\\s،,.:؛])(?:"
                    + SpeakerPatterns.alternation(patterns.get("proclitic"))
                    + ")?(?:"
                    + SpeakerPatterns.alternation(patterns.get("verb-before"))
                    + ")(?:\\s+(?:"
                    + SpeakerPatterns.alternation(patterns.get("subject-noun"))
                    + ")){0,2}\\s*$",
                FLAGS);
    // Only what a speaker does: "is required by UNODA" names no speaker.
    List<String> participles = new ArrayList<>(patterns.verbs());
    participles.addAll(patterns.get("participle"));
    // A passive opening: "was opened by", "a été ouverte par", "fue inaugurada por", then the
    // actors ("Statements were delivered by: Chile, Peru").
    this.agent =
        patterns.get("agent").isEmpty()
            ? null
            : Pattern.compile(
                "\\b(?:"
                    + SpeakerPatterns.alternation(patterns.get("passive"))
                    + ")\\s+(?:\\p{L}+\\s+)?(?:"
                    + SpeakerPatterns.alternation(participles)
                    // "was opened on 4 September 2017 by": a short adjunct before the agent.
                    + ")(?:e|es|s)?(?:\\s+[^\\s.;]+){0,5}?\\s+(?:"
                    + SpeakerPatterns.alternation(patterns.get("agent"))
                    + ")\\b\\s*:?",
                FLAGS);
    // "by its President, Ambassador …", "by the CCM President": a few words before the agent.
    this.agentGap = Pattern.compile("^[\\s,:]*(?:[\\p{L}\\p{N}-]+[\\s,]+){0,3}$", FLAGS);
    this.chainGap =
        Pattern.compile("^\\s*(?:,|;|:|/)?\\s*(?:(?:" + and + ")\\s+)?(?:" + the + ")?$", FLAGS);
    String speech = phrases(patterns, "speech-noun", "statement");
    // "Peru – statement and slides on…", "ICRC: presentation on…": a list line naming who spoke.
    this.labelSpeech =
        Pattern.compile(
            "^\\s*[:：–—-]\\s*(?:\\p{L}+\\s+){0,2}?(?:" + speech + ")(?![\\p{L}])",
            FLAGS | Pattern.CASE_INSENSITIVE);
    this.ofState = Pattern.compile("^\\s*,?\\s*(?:\\(|" + of + "\\s*)(?:" + the + ")?", FLAGS);
    this.namesOnlyRest =
        Pattern.compile("^[\\s,;:.&/()–—、，。；：-]*(?:(?:" + and + ")[\\s,;:.()–—、，。；：-]*)?$", FLAGS);
    // "Ecuador y del Perú", "Norway and the Netherlands".
    this.coordinator =
        Pattern.compile(
            "^\\s*(?:,\\s*(?:" + and + ")|,|" + and + ")\\s*(?:" + of + ")?\\s*" + the + "?",
            FLAGS);
    this.objectMarker =
        patterns.get("object-marker").isEmpty()
            ? null
            : Pattern.compile(
                "(?:" + SpeakerPatterns.alternation(patterns.get("object-marker")) + ")$", FLAGS);
    this.appositionOpen = Pattern.compile(",\\s*(?:" + the + ")?$", FLAGS);
    // "…," said a CMC spokesperson / », a déclaré l'ambassadeur mexicain: the speaker after the
    // verb.
    this.quoteInversion =
        Pattern.compile(
            "[”\"»]\\s*,?\\s*" + auxiliary + "(?:" + verb + ")" + wordEnd + "\\s*", FLAGS);
    this.conjunction = Pattern.compile("(?:^|\\s)(?:" + and + ")(?:\\s|$)", FLAGS);
    String honorific =
        patterns.honorifics().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(h -> Pattern.quote(h) + (h.endsWith(".") ? "\\s*" : "\\s+"))
            .reduce((a, b) -> a + "|" + b)
            .orElse("Ms\\s+");
    // "Mr van Damme", "M. de Souza": a lower-case particle before the surname.
    String nameWord =
        "(?:(?:van|von|de|der|den|del|da|di|du|le|la|ten|ter)\\s+)?(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)";
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
    String subjectNouns = SpeakerPatterns.alternation(patterns.get("subject-noun"));
    this.openingGap =
        Pattern.compile(
            "^[\\s\\p{Punct}\\d]*(?:"
                + the
                + ")?(?:(?:"
                + (subjectNouns.isEmpty() ? "(?!)" : subjectNouns)
                + ")\\s*(?:"
                + of
                + ")?\\s*(?:"
                + the
                + ")?)?$",
            FLAGS);
    List<String> offices =
        patterns.presiding().stream().filter(w -> !patterns.honorifics().contains(w)).toList();
    this.presidingWord =
        Pattern.compile(
            "(?:[\\p{Lu}\\d][\\p{Lu}\\p{N}]{1,7}\\s+)?(?:"
                + SpeakerPatterns.alternation(offices.isEmpty() ? List.of("President") : offices)
                + ")(?![\\p{L}])",
            FLAGS);
    this.holderOf =
        Pattern.compile(
            "^(?:\\s*,\\s*[^,;:()]{0,60}?)?(?:\\s*\\(|\\s+" + of + "\\s*)(?:" + the + ")?", FLAGS);
    this.speechNoun =
        Pattern.compile(
            "(?<![\\p{L}])(?:" + speech + ")(?![\\p{L}])", FLAGS | Pattern.CASE_INSENSITIVE);
    this.listOpener =
        Pattern.compile(
            (patterns.unspaced() ? "" : "(?<![\\p{L}])")
                + "(?:"
                + phrases(patterns, "list-opener", "took the floor")
                + ")",
            FLAGS | Pattern.CASE_INSENSITIVE);
    this.coordinatorsRef =
        Pattern.compile(
            "(?:"
                + the
                + ")?(?:"
                + phrases(patterns, "coordinators", "Coordinators")
                + ")\\s+(?:"
                + phrases(patterns, "about", "on")
                + ")\\s+(?:"
                + the
                + ")?(?<topic>\\p{L}+(?:\\s+\\p{L}+){0,4}?)(?=\\s*[,.;:(]|\\s+(?:"
                + adverb
                + "|"
                + verb
                + ")(?![\\p{L}]))",
            FLAGS);
    String wordStart = patterns.unspaced() ? "" : "\\b";
    this.presidingRef =
        Pattern.compile(
            wordStart
                + the
                + "(?:[\\p{Lu}\\d][\\p{Lu}\\p{N}]{1,7}\\s+)?(?:"
                + SpeakerPatterns.alternation(patterns.presiding())
                + ")"
                + wordStart
                + "(?!\\s+"
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
    // No clause words (Chinese): nothing marks a reported clause; an empty alternation would
    // match everywhere.
    this.clause =
        patterns.clauses().isEmpty()
            ? null
            : Pattern.compile(
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

  /** The phrases of one key as a regex alternation, or the English default when none. */
  private static String phrases(SpeakerPatterns patterns, String key, String fallback) {
    List<String> p = patterns.get(key);
    return SpeakerPatterns.alternation(p.isEmpty() ? List.of(fallback) : p);
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
    Optional<Presiding> office = presiding.or(() -> presidingFromText(passages));
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
      learnDirectors(p.text(), persons, directors);
      boolean listContext =
          before != null
              && (before.kind() == Passage.Kind.HEADING || opensSpeakerList(before.text()));
      Attribution a =
          attributeOne(p.text(), attendance, office, persons, directors, labelsSpeak, listContext);
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
    Set<String> out = new LinkedHashSet<>();
    for (Gazetteer.Match m : gazetteer.find(text)) {
      if (m.entity().kind() == Gazetteer.Kind.STATE) {
        out.add(m.entity().name());
      }
    }
    return List.copyOf(out);
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
        Optional<String> s = sentenceSubject(sentence);
        if (s.isPresent()) {
          return List.of(s.get());
        }
      }
      if (++seen >= 3) {
        break;
      }
    }
    return List.of();
  }

  /** The entity a sentence opens with, after a determiner or (verb-first languages) its verb. */
  private Optional<String> sentenceSubject(String sentence) {
    List<Gazetteer.Match> found = gazetteer.find(sentence);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Gazetteer.Match first = found.getFirst();
    String head = sentence.substring(0, first.start());
    boolean opens = openingGap.matcher(head).matches();
    boolean afterVerb = verbBefore != null && verbBefore.matcher(head).find();
    return opens || afterVerb ? Optional.of(first.entity().name()) : Optional.empty();
  }

  /**
   * The presiding State as the record states it once, when no attendance list says it: a short line
   * naming a presiding office and one State ("Austria – 9MSP President"), an office followed by its
   * holder ("the CCM President, Ambassador N. N. of Austria"), or a nationality before the office
   * ("the Austrian Presidency").
   */
  Optional<Presiding> presidingFromText(List<Passage> passages) {
    int n = 0;
    for (Passage p : passages) {
      if (n++ > 60) {
        break;
      }
      String text = p.text();
      Matcher m = presidingWord.matcher(text);
      while (m.find()) {
        List<String> named = states(text);
        if (text.length() < 120 && named.size() == 1) {
          return Optional.of(new Presiding(named.getFirst(), Optional.empty()));
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 90));
        Matcher holder = holderOf.matcher(after);
        if (holder.lookingAt()) {
          Optional<Gazetteer.Match> state = stateAt(after, holder.end());
          if (state.isPresent()) {
            return Optional.of(new Presiding(state.get().entity().name(), Optional.empty()));
          }
        }
        for (Gazetteer.Match g : gazetteer.find(text)) {
          boolean before = g.end() <= m.start() && text.substring(g.end(), m.start()).isBlank();
          boolean behind = g.start() >= m.end() && text.substring(m.end(), g.start()).isBlank();
          if (g.entity().kind() == Gazetteer.Kind.STATE && (before || behind)) {
            return Optional.of(new Presiding(g.entity().name(), Optional.empty()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A State named at {@code from}, after an optional "the Republic of". */
  private Optional<Gazetteer.Match> stateAt(String text, int from) {
    String rest = text.substring(from);
    Optional<Gazetteer.Match> g = gazetteer.leading(rest);
    if (g.isEmpty()) {
      Matcher formal = FORMAL_NAME.matcher(rest);
      if (formal.lookingAt()) {
        g =
            gazetteer
                .leading(rest.substring(formal.end()))
                .map(
                    x ->
                        new Gazetteer.Match(
                            x.start() + formal.end(), x.end() + formal.end(), x.entity()));
      }
    }
    return g.filter(x -> x.entity().kind() == Gazetteer.Kind.STATE)
        .map(x -> new Gazetteer.Match(x.start() + from, x.end() + from, x.entity()));
  }

  /** A line that announces a list of speakers: "The following delegations took the floor:". */
  private boolean opensSpeakerList(String text) {
    String t = text.strip();
    return (t.endsWith(":") || t.endsWith("："))
        && (verbs.matcher(t).find()
            || speechNoun.matcher(t).find()
            || listOpener.matcher(t).find());
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
      Map<String, String> directors,
      boolean labelsSpeak,
      boolean listContext) {
    List<Ref> refs = references(text, presiding, persons, directors, attendance);
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
      if (isObject(text, r.start)) {
        continue;
      }
      subject[i] =
          listed[i]
              || isFollowedByVerb(text, r.end, inApposition(text, refs, i))
              || isPrecededByVerb(text, r.start);
    }
    markAgents(text, refs, subject);
    markQuoted(text, refs, subject);
    boolean labelled = markLabel(text, refs, subject, labelsSpeak);
    if (!refs.isEmpty() && namesOnly(text, refs) && (listContext || refs.size() > 1)) {
      java.util.Arrays.fill(subject, true);
    }
    for (int i = 0; i < refs.size(); i++) {
      Ref r = refs.get(i);
      if (!subject[i] || r.delegations.isEmpty()) {
        continue;
      }
      if (!labelled && label.isPresent() && r.delegations.equals(List.of(label.get()))) {
        continue;
      }
      for (String delegation : r.delegations) {
        boolean presides = presiding.isPresent() && presiding.get().state().equals(delegation);
        if (!attendance.isEmpty() && !presides && !attendance.isPresent(delegation)) {
          continue;
        }
        speakers.add(delegation);
      }
      if (r.person != null) {
        speakingPersons.add(r.person);
      }
    }
    return new Attribution(
        List.copyOf(speakers), List.copyOf(speakingPersons), minus(states(text), speakers));
  }

  /** "was opened by the CCM President, Ambassador N. N. of Austria": the agents act. */
  private void markAgents(String text, List<Ref> refs, boolean[] subject) {
    if (agent == null || refs.isEmpty()) {
      return;
    }
    Matcher m = agent.matcher(text);
    while (m.find()) {
      int from = m.end();
      int i = 0;
      while (i < refs.size() && refs.get(i).start < from) {
        i++;
      }
      if (i == refs.size()
          || !agentGap.matcher(text.substring(from, refs.get(i).start)).matches()) {
        continue;
      }
      subject[i] = true;
      for (int j = i + 1; j < refs.size(); j++) {
        if (!chainGap.matcher(text.substring(refs.get(j - 1).end, refs.get(j).start)).matches()) {
          break;
        }
        subject[j] = true;
      }
    }
  }

  /** "…," said a CMC spokesperson: the first name after a quotation's reporting verb speaks. */
  private void markQuoted(String text, List<Ref> refs, boolean[] subject) {
    Matcher m = quoteInversion.matcher(text);
    while (m.find()) {
      for (int i = 0; i < refs.size(); i++) {
        Ref r = refs.get(i);
        if (r.start >= m.end()) {
          String gap = text.substring(m.end(), r.start);
          if (gap.length() <= QUOTE_GAP && !gap.matches("(?s).*[.;:!?\"“”«»].*")) {
            subject[i] = true;
          }
          break;
        }
      }
    }
  }

  /** "said the spokesperson of the" fits in this. */
  private static final int QUOTE_GAP = 40;

  /**
   * A list line opening with who spoke: "Peru – statement and slides on…" in any record, and "-
   * Peru: clearance completed…" in a summary that is not minutes. True when the label speaks.
   */
  private boolean markLabel(String text, List<Ref> refs, boolean[] subject, boolean labelsSpeak) {
    if (refs.isEmpty() || !LIST_LEAD.matcher(text.substring(0, refs.getFirst().start)).matches()) {
      return false;
    }
    int last = 0;
    while (last + 1 < refs.size()
        && chainGap
            .matcher(text.substring(refs.get(last).end, refs.get(last + 1).start))
            .matches()) {
      last++;
    }
    String rest = text.substring(refs.get(last).end);
    boolean speaks =
        labelSpeech.matcher(rest).lookingAt()
            || (labelsSpeak && LABEL_SEPARATOR.matcher(rest).lookingAt());
    if (speaks) {
      for (int i = 0; i <= last; i++) {
        subject[i] = true;
      }
    }
    return speaks;
  }

  /** A line that is nothing but names ("Chile, Germany, Iraq, ICRC and CMC."). */
  private boolean namesOnly(String text, List<Ref> refs) {
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (Ref r : refs) {
      rest.append(text, at, r.start).append(' ');
      at = r.end;
    }
    rest.append(text.substring(at));
    String left = rest.toString().replaceFirst("^\\s*[-•*]\\s*", "");
    int colon = Math.max(left.indexOf(':'), left.indexOf('：'));
    if (colon >= 0 && opensSpeakerList(left.substring(0, colon + 1))) {
      left = left.substring(colon + 1);
    }
    return namesOnlyRest.matcher(left).matches();
  }

  /**
   * True when the names ending at {@code i} stand in an apposition opened by a comma ("The
   * Coordinators, Iraq and Italy, briefed…"): then a comma may close it before the verb.
   */
  private boolean inApposition(String text, List<Ref> refs, int i) {
    int j = i;
    while (j > 0
        && chainGap.matcher(text.substring(refs.get(j - 1).end, refs.get(j).start)).matches()) {
      j--;
    }
    int start = refs.get(j).start;
    // A line opening with the names may put a comma before a participle ("- Германия,
    // представляющая…").
    return appositionOpen.matcher(text.substring(Math.max(0, start - 8), start)).find()
        || LIST_LEAD.matcher(text.substring(0, start)).matches();
  }

  private boolean isFollowedByVerb(String text, int from, boolean closingComma) {
    // A region, not a substring: copying the rest of a long passage per name would be quadratic.
    Matcher m = verbAfter.matcher(text).region(from, Math.min(text.length(), from + 400));
    if (!m.lookingAt() || (m.group("close") != null && !closingComma)) {
      return false;
    }
    String appositive = m.group("appositive");
    // "the Netherlands, confirmed the retreat, …": a verb inside the commas is not an appositive.
    return appositive == null || !verbs.matcher(appositive).find();
  }

  /** "对立陶宛…表示遗憾": a name right after an object marker is not the subject (Chinese). */
  private boolean isObject(String text, int start) {
    return objectMarker != null
        && objectMarker.matcher(text).region(Math.max(0, start - 4), start).find();
  }

  /** Verb-first languages: "وأكد ممثل العراق" — the verb just before the subject. */
  private boolean isPrecededByVerb(String text, int to) {
    if (verbBefore == null) {
      return false;
    }
    int from = Math.max(sentenceStart(text, to), to - 60);
    return verbBefore.matcher(text).region(from, to).find();
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
    if (clause == null) {
      return false;
    }
    int start = sentenceStart(text, position);
    // What a quotation says is over at its closing mark: '"… a plan that …," the presidency said'.
    for (int i = position - 1; i > start; i--) {
      if ("”»\"".indexOf(text.charAt(i)) >= 0) {
        start = i + 1;
        break;
      }
    }
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
      Map<String, String> directors,
      Attendance attendance) {
    List<Ref> refs = new ArrayList<>();
    Matcher pm = personRef.matcher(text);
    while (pm.find()) {
      String name = pm.group("name");
      int end = pm.end();
      Optional<PersonDirectory.Entry> e = persons.resolve(name);
      if (e.isEmpty()) {
        // "Ambassador N. N. of Austria", "Ms Okafor (Nigeria)": the person's delegation, learnt
        // for the rest of the record ("Ambassador N. N. later noted…").
        Matcher of = ofState.matcher(text).region(end, Math.min(text.length(), end + 80));
        Optional<Gazetteer.Match> state =
            of.lookingAt() ? stateAt(text, of.end()) : Optional.empty();
        if (state.isPresent()) {
          persons.learn(name, state.get().entity().name());
          e = persons.resolve(name);
          end = state.get().end() + (text.startsWith(")", state.get().end()) ? 1 : 0);
        }
      }
      List<String> delegation = e.map(x -> List.of(x.delegation())).orElse(List.of());
      String person = e.map(PersonDirectory.Entry::name).orElse(name);
      refs.add(new Ref(pm.start(), end, delegation, person));
    }
    if (presiding.isPresent()) {
      Matcher m = presidingRef.matcher(text);
      while (m.find()) {
        refs.add(
            new Ref(
                m.start(),
                m.end(),
                List.of(presiding.get().state()),
                presiding.get().person().orElse(null)));
      }
    }
    Matcher rm = roleRef.matcher(text);
    while (rm.find()) {
      String org = patterns.roles().get(rm.group("role"));
      refs.add(new Ref(rm.start(), rm.end(), List.of(org), directors.get(org)));
    }
    Matcher cm = coordinatorsRef.matcher(text);
    while (cm.find()) {
      List<String> holders = coordinatorsOf(cm.group("topic"), attendance);
      if (!holders.isEmpty()) {
        refs.add(new Ref(cm.start(), cm.end(), holders, null));
      }
    }
    for (Gazetteer.Match g : gazetteer.find(text)) {
      boolean director =
          text.startsWith("Director", g.end() + 1)
              || text.substring(g.start(), g.end()).endsWith("Director");
      String name = g.entity().name();
      refs.add(new Ref(g.start(), g.end(), List.of(name), director ? directors.get(name) : null));
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

  /**
   * "The Coordinators on victim assistance": the delegations whose role at the meeting shares a
   * word of the topic ("Australia (Victim Assistance)").
   */
  private static List<String> coordinatorsOf(String topic, Attendance attendance) {
    Set<String> words = contentWords(topic);
    List<String> out = new ArrayList<>();
    for (Attendance.Delegation d : attendance.present()) {
      if (!d.presides() && contentWords(d.role()).stream().anyMatch(words::contains)) {
        out.add(d.name());
      }
    }
    return out;
  }

  private static Set<String> contentWords(String text) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 5) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> minus(List<String> all, java.util.Collection<String> remove) {
    return all.stream().filter(s -> !remove.contains(s)).toList();
  }

  private record Ref(int start, int end, List<String> delegations, String person) {}
}
