package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a text names that could be speaking, each resolved to the delegations it speaks for: a person
 * through the attendance list ("Ms Moraga"), the presiding office through the meeting ("The
 * President"), an office of an organisation ("the Director" of the ISU), the coordinators of a
 * topic through their roles at the meeting ("the Coordinators on victim assistance"), and the
 * States and organisations of the gazetteer. Whether a reference speaks is {@link
 * SentenceSubjects}' call.
 */
final class SpeakerReferences {

  /** A name in a text, the delegations it speaks for, and the person when one is named. */
  record Ref(int start, int end, List<String> delegations, String person) {}

  /** "the Republic of": the words of a formal name before the short name a gazetteer knows. */
  private static final Pattern FORMAL_NAME =
      Pattern.compile(
          "(?:(?:the|la|el|le)\\s+)?(?:Republic|République|República|Kingdom|Royaume|Reino|State|Estado|État)"
              + "\\s+(?:of|de|des|du|del|d['’])\\s*(?:(?:the|la|el|le)\\s+|l['’])?",
          SpeakerVocabulary.FLAGS);

  private final Gazetteer gazetteer;
  private final Map<String, String> roles;
  private final Pattern personRef;
  private final Pattern presidingRef;
  private final Pattern roleRef;
  private final Pattern coordinatorsRef;
  private final Pattern ofState;
  private final Pattern titledOfState;
  private final Pattern directorThenName;
  private final Pattern nameThenDirector;

  SpeakerReferences(Gazetteer gazetteer, SpeakerVocabulary v) {
    this.gazetteer = gazetteer;
    this.roles = v.patterns.roles();
    // Not inside a word: the "M." of "CCM." is no French "Monsieur".
    this.personRef =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[HS]\\.\\s?E\\.\\s*)?" + v.person, SpeakerVocabulary.FLAGS);
    String wordStart = v.unspaced ? "" : "\\b";
    // "the President of the Twelfth Meeting of States Parties": the office of a meeting is the
    // presiding office ("the President of Chile" is not).
    String ofMeeting =
        v.has("meeting-noun")
            ? "(?:\\s+"
                + v.of
                + "\\s*(?:"
                + v.the
                + ")?(?:[\\p{Lu}\\d][\\p{L}\\p{N}-]*\\s+){0,3}(?:"
                + v.phrases("meeting-noun")
                + ")(?:\\s+"
                + v.of
                + "\\s*(?:"
                + v.the
                + ")?\\p{L}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?)?"
            : "";
    this.presidingRef =
        Pattern.compile(
            wordStart
                + v.the
                + "(?:[\\p{Lu}\\d][\\p{Lu}\\p{N}]{1,7}\\s+)?(?:"
                + SpeakerPatterns.alternation(v.patterns.presiding())
                + ")"
                + wordStart
                + ofMeeting
                + "(?!\\s+"
                + v.of
                + ")(?!\\s+\\p{Lu})",
            SpeakerVocabulary.FLAGS);
    this.roleRef =
        Pattern.compile(
            "\\b"
                + v.the
                + "(?<role>"
                + SpeakerPatterns.alternation(List.copyOf(roles.keySet()))
                + ")\\b(?!\\s+"
                + v.of
                + ")",
            SpeakerVocabulary.FLAGS);
    String passiveWord = v.has("passive") ? "(?!(?:" + v.phrases("passive") + ")(?![\\p{L}]))" : "";
    this.coordinatorsRef =
        Pattern.compile(
            "(?:"
                + v.the
                + ")?(?:"
                + v.phrases("coordinators", "Coordinators")
                + ")\\s+(?:"
                + v.phrases("about", "on")
                + ")\\s+(?:"
                + v.the
                // "the co-coordinators for clearance were informed": the topic ends before a
                // passive's auxiliary, whose participle is no act of theirs.
                + ")?(?<topic>\\p{L}+(?:\\s+"
                + passiveWord
                + "\\p{L}+){0,6}?)(?=\\s*[,.;:(]|\\s+(?:"
                + v.adverb
                + "|"
                + v.verb
                + ")(?![\\p{L}]))",
            SpeakerVocabulary.FLAGS);
    this.ofState =
        Pattern.compile(
            "^\\s*,?\\s*(?:\\(|" + v.of + "\\s*)(?:" + v.the + ")?", SpeakerVocabulary.FLAGS);
    // "Mme N. N., Ambassadrice, Représentante permanente du Royaume des Pays-Bas": titles, each
    // capitalised, between the person and the State.
    this.titledOfState =
        Pattern.compile(
            "^\\s*,\\s*(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,3}\\s*,\\s*){0,2}"
                + "\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}\\s+"
                + v.of
                + "\\s*(?:"
                + v.the
                + ")?",
            SpeakerVocabulary.FLAGS);
    String org = "(?<org>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,6})";
    this.directorThenName =
        Pattern.compile("\\b[Tt]he\\s+Director\\s+of\\s+the\\s+" + org + ",\\s+" + v.person);
    this.nameThenDirector =
        Pattern.compile(v.person + ",\\s+(?:the\\s+)?Director\\s+of\\s+the\\s+" + org + "\\b");
  }

  /**
   * The references of a text, in order, none overlapping (the longer wins at one start). Learns in
   * {@code persons} the persons the text introduces with their State ("Ambassador N. N. of
   * Austria").
   */
  List<Ref> find(
      String text,
      Optional<SpeakerExtractor.Presiding> presiding,
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
        Optional<Gazetteer.Match> state = Optional.empty();
        for (Pattern p : List.of(ofState, titledOfState)) {
          Matcher of = p.matcher(text).region(end, Math.min(text.length(), end + 120));
          state = of.lookingAt() ? stateAt(text, of.end()) : Optional.empty();
          if (state.isPresent()) {
            break;
          }
        }
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
    // The office is a reference even when nobody knows who holds it: "opened by the President of
    // the Ninth Meeting, Ambassador N. N. of Slovakia" then names its holder after it.
    Matcher m = presidingRef.matcher(text);
    while (m.find()) {
      refs.add(
          new Ref(
              m.start(),
              m.end(),
              presiding.map(x -> List.of(x.state())).orElse(List.of()),
              presiding.flatMap(SpeakerExtractor.Presiding::person).orElse(null)));
    }
    Matcher rm = roleRef.matcher(text);
    while (rm.find()) {
      String org = roles.get(rm.group("role"));
      refs.add(new Ref(rm.start(), rm.end(), List.of(org), directors.get(org)));
    }
    addOffices(text, attendance, refs);
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
    refs.sort(Comparator.comparingInt(Ref::start).thenComparing(r -> -(r.end() - r.start())));
    List<Ref> kept = new ArrayList<>();
    for (Ref r : refs) {
      if (kept.isEmpty() || r.start() >= kept.getLast().end()) {
        kept.add(r);
      }
    }
    return kept;
  }

  /**
   * "the Director of the ISU, Ms Pamela Moraga" or "Ms Gabelnick, Director of the CMC": who holds
   * an organisation's directorship, so that a later "the ISU Director" names a person too.
   */
  void learnDirectors(String text, PersonDirectory persons, Map<String, String> directors) {
    // Both patterns hold the literal, case-sensitive "Director": most passages cannot match them.
    if (!text.contains("Director")) {
      return;
    }
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

  /**
   * "The President-designate proposed…" under an attendance line "Ghana (14MSP
   * President-designate)": an office the attendance list gives a delegation, named with its
   * article, stands for that delegation. The meeting's ordinal before the office ("14MSP") is not
   * part of its name; the office must be written capitalised, as a title is.
   */
  private static void addOffices(String text, Attendance attendance, List<Ref> refs) {
    // "Austria and Lao PDR – Coordinators on victim assistance": an office several hold.
    Map<String, List<String>> holders = new LinkedHashMap<>();
    for (Attendance.Delegation d : attendance.present()) {
      String office = OFFICE_ORDINAL.matcher(d.role().strip()).replaceFirst("");
      if (!office.isEmpty() && Character.isUpperCase(office.charAt(0))) {
        holders.computeIfAbsent(office, k -> new ArrayList<>()).add(d.name());
      }
    }
    for (Map.Entry<String, List<String>> held : holders.entrySet()) {
      String office = held.getKey();
      for (String the : List.of("the ", "The ")) {
        String ref = the + office;
        for (int at = text.indexOf(ref); at >= 0; at = text.indexOf(ref, at + 1)) {
          int end = at + ref.length();
          boolean whole =
              (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                  && (end == text.length()
                      || !(Character.isLetter(text.charAt(end)) || text.charAt(end) == '-'));
          if (whole) {
            refs.add(new Ref(at, end, List.copyOf(held.getValue()), null));
          }
        }
      }
    }
  }

  /** "14MSP ", "2RC ": the meeting an office belongs to, before the office's name. */
  private static final Pattern OFFICE_ORDINAL =
      Pattern.compile("^(?:\\p{Lu}*\\d+\\p{L}*|\\d+\\p{L}*)\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** A State named at {@code from}, after an optional "the Republic of". */
  Optional<Gazetteer.Match> stateAt(String text, int from) {
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

  /** The States named in a text, in order, once each. */
  List<String> states(String text) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Gazetteer.Match m : gazetteer.find(text)) {
      if (m.entity().kind() == Gazetteer.Kind.STATE) {
        out.add(m.entity().name());
      }
    }
    return List.copyOf(out);
  }

  /** "Chad: Chad reported…" — the entity a list item is about. */
  Optional<String> labelEntity(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > 60) {
      return Optional.empty();
    }
    return gazetteer.lookup(text.substring(0, colon)).map(Gazetteer.Entity::name);
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
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 5) {
        out.add(w);
      }
    }
    return out;
  }
}
