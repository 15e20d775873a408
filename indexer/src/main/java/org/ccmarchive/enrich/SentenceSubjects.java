package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.enrich.SpeakerReferences.Ref;

/**
 * Which of the names in a text are the subjects of what it reports: a name followed by a reporting
 * verb ("Norway congratulated…", "The Representative of Peru thanked…"), or preceded by one in a
 * verb-first language ("وأكد ممثل العراق"), the agent of a passive opening ("was opened by the CCM
 * President"), the speaker after a quotation ("…," said a CMC spokesperson), the label of a list
 * line ("Peru – statement and slides on…"), the names of a list of who took the floor, and names
 * joined by "and" to a subject. Names inside what was said ("…noted that Chile…") and objects stay
 * mentions.
 */
final class SentenceSubjects {

  /** A stop or a quotation mark between a verb and a name: the name is not its subject. */
  private static final Pattern STOP_OR_QUOTE = Pattern.compile("[.;:!?\"“”«»]");

  /** The subjects among a text's references, and whether a list line's label spoke. */
  record Marks(boolean[] subjects, boolean labelled) {}

  /** "Peru and Switzerland (Coordinators) – slides": the label's role in brackets. */
  private static final String LABEL_ROLE = "(?:\\s*\\([^()]{1,60}\\))?";

  /** A label's separator and some text after it ("Peru: clearance…", "Peru – …"). */
  private static final Pattern LABEL_SEPARATOR =
      Pattern.compile("^" + LABEL_ROLE + "(?:\\s*[:：–—]\\s*\\S|\\s+-\\s+\\S)");

  /** "said the spokesperson of the" fits in this. */
  private static final int QUOTE_GAP = 40;

  /** No sentence in these records is longer; bounds the work on text without full stops. */
  private static final int MAX_SENTENCE = 1500;

  private final Gazetteer gazetteer;
  private final Pattern verbs;
  private final Pattern verbAfter;
  private final Pattern verbBefore;
  private final Pattern agent;
  private final Pattern agentGap;
  private final Pattern chainGap;
  private final Pattern labelSpeech;
  private final Pattern namesOnlyRest;
  private final Pattern coordinator;
  private final Pattern conjunction;
  private final Pattern cliticAnd;
  private final Pattern objectMarker;
  private final Pattern appositionOpen;
  private final Pattern quoteInversion;
  private final Pattern clause;
  private final Pattern clauseBreak;
  private final Pattern relativeOpen;
  private final Pattern accordingTo;
  private final Pattern speechNoun;
  private final Pattern listOpener;
  private final Pattern openingGap;

  /**
   * A list line's lead before its first name: a bullet or an item number, and the article some
   * languages put before a State's name ("Le Botswana – déclaration…").
   */
  private final Pattern listLead;

  SentenceSubjects(Gazetteer gazetteer, SpeakerVocabulary v) {
    this.gazetteer = gazetteer;
    int flags = SpeakerVocabulary.FLAGS;
    this.verbs = Pattern.compile(v.edge + "(?:" + v.verb + ")" + v.edge, flags);
    // Chinese: an adverbial may stand between subject and verb ("主席在开幕词中回顾了").
    String space = v.unspaced ? "[^，。；：、,.;:]{0,10}?" : "\\s+";
    String subjectNoun =
        v.has("subject-noun") ? "(?:['’]s)?(?:\\s*(?:" + v.phrases("subject-noun") + "))*" : "";
    String capitalised = "\\p{Lu}[\\p{L}\\p{N}-]*";
    // "The Swiss statement on victim assistance called…": the topic of what the subject delivered,
    // in lower-case words, before the verb.
    String topic =
        v.has("topic-preposition")
            ? "(?:\\s+(?:"
                + v.phrases("topic-preposition")
                + ")\\s+\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,3}(?=\\s+(?:"
                + v.verb
                + ")"
                + v.wordEnd
                + "))?"
            : "";
    // After the subject: its role nouns ("'s delegation", "statement"), an optional appositive
    // between commas, the comma closing an apposition the subject stands in ("The Coordinators,
    // Iraq and Italy, briefed"), "who", adverbs, an auxiliary ("a", "ha"), then the verb.
    this.verbAfter =
        Pattern.compile(
            "^\\)?"
                + subjectNoun
                + topic
                // "(GIP)", "(CMC)": an acronym in brackets after the name.
                + "(?:\\s*\\([^()]{1,40}\\))?"
                // "The Presidency of the Fifth Meeting of States Parties opened": the office's
                // complement, capitalised words after "of".
                + "(?:\\s+(?:"
                + v.of
                + (v.has("topic-preposition") ? "|" + v.phrases("topic-preposition") : "")
                + "|"
                + v.phrases("about", "on")
                + ")\\s*(?:"
                + v.the
                + ")?"
                + capitalised
                + "(?:\\s+(?:(?:"
                + v.of
                + ")\\s*(?:"
                + v.the
                + ")?)?"
                + capitalised
                + "){0,6})?"
                + "(?<appositive>,\\s*[^,;]{1,170}?,)?(?<close>\\s*,)?"
                + space
                + v.relative
                + v.adverbs
                + v.auxiliary
                + "(?:"
                + v.verb
                + ")"
                + v.wordEnd,
            flags);
    // Languages that put the verb first (Arabic: "وأكد ممثل العراق"): the verb, with its clitic,
    // and role nouns before the subject.
    this.verbBefore =
        v.has("verb-before")
            ? Pattern.compile(
                "(?:^|[\\s،,.:؛])(?:"
                    + v.phrases("proclitic")
                    + ")?(?:"
                    + v.phrases("verb-before")
                    + ")(?:\\s+(?:"
                    + v.phrases("subject-noun")
                    // "قدّم المنسقان، بلغاريا…": a comma opens the apposition naming them.
                    + ")){0,2}[،,]?\\s*$",
                flags)
            : null;
    // Only what a speaker does: "is required by UNODA" names no speaker.
    List<String> participles = new ArrayList<>(v.patterns.verbs());
    participles.addAll(v.patterns.get("participle"));
    // A passive opening: "was opened by", "a été ouverte par", "fue inaugurada por", then the
    // actors ("Statements were delivered by: Chile, Peru").
    this.agent =
        v.has("agent")
            ? Pattern.compile(
                "\\b(?:"
                    + v.phrases("passive")
                    + ")\\s+(?:\\p{L}+\\s+)?(?:"
                    + SpeakerPatterns.alternation(participles)
                    // "was opened on 4 September 2017 by": a short adjunct before the agent.
                    + ")(?:e|es|s)?(?:\\s+[^\\s.;]+){0,5}?\\s+(?:"
                    + v.phrases("agent")
                    + ")\\b\\s*:?",
                flags)
            : null;
    // "by its President, Ambassador …", "by the CCM President", "par son Président,
    // l'Ambassadeur …": a few words before the agent.
    this.agentGap =
        Pattern.compile("^[\\s,:]*(?:[\\p{L}\\p{N}-]+[\\s,]+){0,3}(?:\\p{L}['’])?$", flags);
    this.chainGap =
        Pattern.compile(
            "^\\s*(?:,|;|:|/)?\\s*(?:(?:" + v.and + ")\\s+)?(?:" + v.the + ")?$", flags);
    // "Peru – statement and slides on…", "ICRC: presentation on…": a list line naming who spoke.
    this.labelSpeech =
        Pattern.compile(
            "^"
                + LABEL_ROLE
                + "\\s*[:：–—-]\\s*(?:\\p{L}+\\s+){0,2}?(?:"
                + v.speech
                + ")(?![\\p{L}])",
            flags | Pattern.CASE_INSENSITIVE);
    this.namesOnlyRest =
        Pattern.compile(
            "^[\\s,;:.&/()–—、，。；：،؛-]*(?:(?:" + v.and + ")[\\s,;:.()–—、，。；：،؛-]*)*$", flags);
    // "Ecuador y del Perú", "Norway and the Netherlands".
    this.coordinator =
        Pattern.compile(
            "^\\s*(?:,\\s*(?:"
                + v.and
                + ")|,|"
                + v.and
                + ")\\s*(?:"
                + v.of
                + ")?\\s*"
                + v.the
                + "?",
            flags);
    this.conjunction = Pattern.compile("(?:^|\\s)(?:" + v.and + ")(?:\\s|$)", flags);
    // Arabic writes "and" joined to the next name ("بلغاريا وغواتيمالا"), inside its match.
    List<String> cliticAnds =
        v.patterns.conjunctions().stream().filter(v.patterns.get("proclitic")::contains).toList();
    this.cliticAnd =
        cliticAnds.isEmpty()
            ? null
            : Pattern.compile(
                "(?:" + SpeakerPatterns.alternation(cliticAnds) + ")(?=\\p{L})", flags);
    this.objectMarker =
        v.has("object-marker")
            ? Pattern.compile("(?:" + v.phrases("object-marker") + ")$", flags)
            : null;
    this.appositionOpen = Pattern.compile(",\\s*(?:" + v.the + ")?$", flags);
    // "…," said a CMC spokesperson / », a déclaré l'ambassadeur mexicain: the speaker after the
    // verb.
    this.quoteInversion =
        Pattern.compile(
            "(?<close>[”\"»]\\s*,?|,)\\s*"
                + v.auxiliary
                + "(?:"
                + v.verb
                + ")"
                + v.wordEnd
                + "\\s*",
            flags);
    // No clause words (Chinese): nothing marks a reported clause; an empty alternation would
    // match everywhere.
    this.clause =
        v.patterns.clauses().isEmpty()
            ? null
            : Pattern.compile(
                "\\b(?:" + SpeakerPatterns.alternation(v.patterns.clauses()) + ")(?:\\b|(?<=['’]))",
                flags);
    this.clauseBreak =
        v.has("clause-break")
            ? Pattern.compile(
                "\\b(?:" + v.phrases("clause-break") + ")\\b", flags | Pattern.CASE_INSENSITIVE)
            : null;
    List<String> relatives = new ArrayList<>(v.patterns.relatives());
    relatives.addAll(v.patterns.clauses());
    this.relativeOpen =
        relatives.isEmpty()
            ? null
            : Pattern.compile(
                ",\\s*(?:" + SpeakerPatterns.alternation(relatives) + ")(?![\\p{L}])", flags);
    // "Según la Dependencia de Apoyo a la Aplicación, solo el 68 por ciento…": the source speaks.
    this.accordingTo =
        v.has("according-to")
            ? Pattern.compile(
                "(?<![\\p{L}])(?:" + v.phrases("according-to") + ")\\s+(?:" + v.the + ")?$",
                flags | Pattern.CASE_INSENSITIVE)
            : null;
    this.speechNoun =
        Pattern.compile(
            "(?<![\\p{L}])(?:" + v.speech + ")(?![\\p{L}])", flags | Pattern.CASE_INSENSITIVE);
    this.listOpener =
        Pattern.compile(
            (v.unspaced ? "" : "(?<![\\p{L}])")
                // "وأدلت ببيانات": a clitic joined to the opener.
                + (v.has("proclitic") ? "(?:" + v.phrases("proclitic") + ")?" : "")
                + "(?:"
                + v.phrases("list-opener", "took the floor")
                + ")",
            flags | Pattern.CASE_INSENSITIVE);
    this.listLead =
        Pattern.compile(
            "^\\s*(?:[-•*]\\s*)?(?:\\d{1,2}[.)]\\s*)?(?:" + v.the + ")?\\s*$",
            flags | Pattern.CASE_INSENSITIVE);
    String subjectNouns = v.phrases("subject-noun");
    this.openingGap =
        Pattern.compile(
            "^[\\s\\p{Punct}\\d]*(?:"
                + v.the
                + ")?(?:(?:"
                + (subjectNouns.isEmpty() ? "(?!)" : subjectNouns)
                + ")\\s*(?:"
                + v.of
                + ")?\\s*(?:"
                + v.the
                + ")?)?$",
            flags);
  }

  /**
   * The subjects among {@code refs}. {@code labelsSpeak}: a list line's label ("- Peru: clearance
   * completed…") speaks, as in a summary that is not minutes; {@code listContext}: the line stands
   * under a heading or a line announcing speakers, so a line of names lists who spoke.
   */
  Marks mark(String text, List<Ref> refs, boolean labelsSpeak, boolean listContext) {
    boolean[] subject = new boolean[refs.size()];
    boolean[] listed = new boolean[refs.size()];
    for (int i = refs.size() - 1; i >= 0; i--) {
      Ref r = refs.get(i);
      if (inReportedClause(text, r.start())) {
        continue;
      }
      listed[i] = coordinatedWithSubject(text, refs, subject, listed, i);
      if (isObject(text, r.start())) {
        continue;
      }
      subject[i] =
          listed[i]
              || isFollowedByVerb(text, r.end(), inApposition(text, refs, i))
              || isPrecededByVerb(text, r.start())
              || isSource(text, r.start());
    }
    // Verb first ("قدّم المنسقان، بلغاريا وغواتيمالا"): the names joined after the subject act too.
    for (int i = 0; i + 1 < refs.size(); i++) {
      if (subject[i] && !subject[i + 1] && isPrecededByVerb(text, refs.get(i).start())) {
        subject[i + 1] = joined(text, refs, i) == Join.AND;
      }
    }
    markAgents(text, refs, subject);
    markQuoted(text, refs, subject);
    boolean labelled = markLabel(text, refs, subject, labelsSpeak);
    if (!refs.isEmpty() && namesOnly(text, refs) && (listContext || refs.size() > 1)) {
      Arrays.fill(subject, true);
    }
    return new Marks(subject, labelled);
  }

  /** A line that announces a list of speakers: "The following delegations took the floor:". */
  boolean opensSpeakerList(String text) {
    String t = text.strip();
    return (t.endsWith(":") || t.endsWith("："))
        && (verbs.matcher(t).find()
            || speechNoun.matcher(t).find()
            || listOpener.matcher(t).find());
  }

  /** The entity a sentence opens with, after a determiner or (verb-first languages) its verb. */
  Optional<String> openingSubject(String sentence) {
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

  /** "was opened by the CCM President, Ambassador N. N. of Austria": the agents act. */
  private void markAgents(String text, List<Ref> refs, boolean[] subject) {
    if (agent == null || refs.isEmpty()) {
      return;
    }
    Matcher m = agent.matcher(text);
    while (m.find()) {
      int from = m.end();
      int i = 0;
      while (i < refs.size() && refs.get(i).start() < from) {
        i++;
      }
      if (i == refs.size()
          || !agentGap.matcher(text.substring(from, refs.get(i).start())).matches()) {
        continue;
      }
      subject[i] = true;
      for (int j = i + 1; j < refs.size(); j++) {
        if (!chained(text, refs, j - 1)) {
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
        if (r.start() >= m.end()) {
          String gap = text.substring(m.end(), r.start());
          // Without a quotation, only a speaker closing the sentence ("…, a précisé la Norvège.")
          // is named after the verb: "…, said that Chile…" names what was said.
          boolean quoted = !m.group("close").equals(",");
          if (gap.length() <= QUOTE_GAP
              && !STOP_OR_QUOTE.matcher(gap).find()
              && (quoted
                  || (closesSentence(text, r.end()) && gap.strip().split("\\s+").length <= 2))) {
            subject[i] = true;
          }
          break;
        }
      }
    }
  }

  /** Whether only a full stop (or nothing) follows {@code at} before the sentence ends. */
  private static boolean closesSentence(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i == text.length() || ".!?;".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * A list line opening with who spoke: "Peru – statement and slides on…" in any record, and "-
   * Peru: clearance completed…" in a summary that is not minutes. True when the label speaks.
   */
  private boolean markLabel(String text, List<Ref> refs, boolean[] subject, boolean labelsSpeak) {
    if (refs.isEmpty() || !listLead.matcher(text.substring(0, refs.getFirst().start())).matches()) {
      return false;
    }
    int last = 0;
    while (last + 1 < refs.size() && chained(text, refs, last)) {
      last++;
    }
    String rest = text.substring(refs.get(last).end());
    boolean speaks =
        labelSpeech.matcher(rest).lookingAt()
            || (labelsSpeak && LABEL_SEPARATOR.matcher(rest).lookingAt());
    if (speaks) {
      Arrays.fill(subject, 0, last + 1, true);
    }
    return speaks;
  }

  /** Whether the reference after {@code i} continues a list of names with it ("Chile, Peru"). */
  private boolean chained(String text, List<Ref> refs, int i) {
    return chainGap.matcher(text.substring(refs.get(i).end(), refs.get(i + 1).start())).matches();
  }

  /** A line that is nothing but names ("Chile, Germany, Iraq, ICRC and CMC."). */
  private boolean namesOnly(String text, List<Ref> refs) {
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (Ref r : refs) {
      rest.append(text, at, r.start()).append(' ');
      at = r.end();
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
    while (j > 0 && chained(text, refs, j - 1)) {
      j--;
    }
    int start = refs.get(j).start();
    // A line opening with the names may put a comma before a participle ("- Германия,
    // представляющая…").
    return appositionOpen.matcher(text.substring(Math.max(0, start - 8), start)).find()
        || listLead.matcher(text.substring(0, start)).matches();
  }

  private boolean isFollowedByVerb(String text, int from, boolean closingComma) {
    // A region, not a substring: copying the rest of a long passage per name would be quadratic.
    Matcher m = verbAfter.matcher(text).region(from, Math.min(text.length(), from + 400));
    if (!m.lookingAt() || (m.group("close") != null && !closingComma)) {
      return false;
    }
    String appositive = m.group("appositive");
    // "the Netherlands, confirmed the retreat, …": a verb inside the commas is not an appositive,
    // unless a relative clause holds it ("La delegación chilena, que coordina …, lamentó").
    return appositive == null
        || !verbs.matcher(appositive).find()
        || (relativeOpen != null && relativeOpen.matcher(appositive).lookingAt());
  }

  /** "According to the ISU, …": the name right after the words naming a source. */
  private boolean isSource(String text, int start) {
    return accordingTo != null
        && accordingTo.matcher(text).region(Math.max(0, start - 24), start).find();
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
    Join join = joined(text, refs, i);
    return join == Join.AND || (join == Join.COMMA && listed[i + 1]);
  }

  /** How two names are joined: by "and" ("Norway and Peru"), a comma only, or not at all. */
  private enum Join {
    AND,
    COMMA,
    NONE
  }

  private Join joined(String text, List<Ref> refs, int i) {
    int next = refs.get(i + 1).start();
    String between = text.substring(refs.get(i).end(), next);
    if (cliticAnd != null) {
      Matcher clitic = cliticAnd.matcher(text).region(next, refs.get(i + 1).end());
      if (clitic.lookingAt()) {
        between = between + clitic.group() + " ";
      }
    }
    Matcher m = coordinator.matcher(between);
    if (!m.find() || m.end() != between.length()) {
      return Join.NONE;
    }
    return conjunction.matcher(between).find() ? Join.AND : Join.COMMA;
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
    // "…, tandis que l'Irlande a souhaité": a clause word that opens a new clause.
    if (clauseBreak != null) {
      Matcher b = clauseBreak.matcher(text).region(start, position);
      while (b.find()) {
        start = b.end();
      }
    }
    return clause.matcher(text.substring(start, position)).find();
  }

  private static int sentenceStart(String text, int position) {
    int floor = Math.max(0, position - MAX_SENTENCE);
    for (int i = position - 1; i > floor; i--) {
      if (Sentences.isBoundary(text, i)) {
        return i + 1;
      }
    }
    return floor;
  }
}
