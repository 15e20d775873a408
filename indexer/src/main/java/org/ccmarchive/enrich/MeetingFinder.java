package org.ccmarchive.enrich;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting a record belongs to, as a path {@code Series › Session}: {@code Coordination
 * Committee › 2024-01-30}, {@code Meeting of States Parties › 13MSP}, {@code Review Conference ›
 * 3RC}, {@code Intersessional Meeting › 2025}. Reads English, French and Spanish names of the
 * meetings ("Comité de coordination", "Comité de Coordinación", "treizième Assemblée des États
 * parties", "Decimotercera Reunión de los Estados Partes", "troisième Conférence d'examen",
 * "réunion intersessions", "reunión entre períodos de sesiones").
 */
public final class MeetingFinder {

  public static final String COORDINATION_COMMITTEE = "Coordination Committee";
  public static final String MSP = "Meeting of States Parties";
  public static final String RC = "Review Conference";
  public static final String INTERSESSIONAL = "Intersessional Meeting";

  private static final List<String> ORDINALS =
      List.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth",
          "sixteenth");

  /** French and Spanish ordinals, masculine and feminine, first to sixteenth. */
  private static final List<List<String>> ORDINALS_FR_ES =
      List.of(
          List.of("premier", "première", "primer", "primero", "primera"),
          List.of("deuxième", "second", "seconde", "segundo", "segunda"),
          List.of("troisième", "tercer", "tercero", "tercera"),
          List.of("quatrième", "cuarto", "cuarta"),
          List.of("cinquième", "quinto", "quinta"),
          List.of("sixième", "sexto", "sexta"),
          List.of("septième", "séptimo", "séptima"),
          List.of("huitième", "octavo", "octava"),
          List.of("neuvième", "noveno", "novena"),
          List.of("dixième", "décimo", "décima"),
          List.of("onzième", "undécimo", "undécima", "decimoprimero", "decimoprimera"),
          List.of("douzième", "duodécimo", "duodécima", "decimosegundo", "decimosegunda"),
          List.of("treizième", "decimotercero", "decimotercera", "decimotercer"),
          List.of("quatorzième", "decimocuarto", "decimocuarta"),
          List.of("quinzième", "decimoquinto", "decimoquinta"),
          List.of("seizième", "decimosexto", "decimosexta"));

  private static final String ORDINAL =
      "(?<n>\\d{1,2})(?:st|nd|rd|th|e|ème|eme|er|re|ère|\\.?ª|\\.?º)?|(?<word>"
          + String.join("|", ORDINALS)
          + "|"
          + String.join(
              "|",
              ORDINALS_FR_ES.stream()
                  .flatMap(List::stream)
                  .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                  .toList())
          + ")";

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /**
   * One line naming both the minutes and the committee, in either order: "Minutes of the meeting of
   * the Coordination Committee", "Minutes of the Coordination Committee meeting, 17 June 2025",
   * "Procès-verbal de la réunion du Comité de coordination", "Acta de la reunión del Comité…".
   */
  private static final Pattern CC =
      Pattern.compile(
          "^(?=.*\\b(?:Coordination Committee|Comité de coordination|Comité de Coordinación)\\b)"
              + "(?=.*\\b(?:minutes|procès-verbal|proces-verbal|compte rendu|acta)\\b)",
          FLAGS | Pattern.MULTILINE);

  private static final Pattern INTERSESSIONAL_YEAR =
      Pattern.compile(
          "Intersessional(?:\\s+Meetings?)?\\s+(?<year>20\\d{2})|\\bIM\\s?(?<y2>20\\d{2})\\b"
              + "|\\b(?:Intersessional Meetings?|réunions? intersessions"
              + "|réunions? intersessionnelles?|reuni(?:ón|ones) entre períodos de sesiones"
              + "|reuni(?:ón|ones) intersesional(?:es)?)\\b"
              // the year on the same line or on the short date line under it ("Geneva, 14–15 May")
              + "[^\\n]{0,200}?(?:\\n[^\\n]{0,60}?)?\\b(?<y3>20\\d{2})\\b",
          FLAGS);
  private static final Pattern MSP_SESSION =
      Pattern.compile(
          "\\b(?:(?:"
              + ORDINAL
              + ")\\s+(?:Meeting of (?:the )?States Parties|Assemblée des États parties"
              + "|Reunión de (?:los )?Estados Partes)|(?<short>\\d{1,2})\\s?MSP)\\b",
          FLAGS);
  private static final Pattern RC_SESSION =
      Pattern.compile(
          "\\b(?:(?:"
              + ORDINAL
              + ")\\s+(?:Review Conference|Conférence d['’]examen|Conferencia de Examen)"
              + "|(?<short>\\d)\\s?RC)\\b",
          FLAGS);

  /** Any line naming the Coordination Committee (for minutes, whose title block names it). */
  private static final Pattern COMMITTEE =
      Pattern.compile(
          "\\b(?:Coordination Committee|Comité de coordination|Comité de Coordinación)\\b", FLAGS);

  /** Looks at the file name and the opening, most specific series first. */
  public Optional<String> find(String fileName, String opening, Optional<LocalDate> date) {
    return find(fileName, opening, opening, date, false);
  }

  /**
   * Looks at the file name and the opening, most specific series first. A record is a Coordination
   * Committee meeting's when its title block (not its body: "the ISU serviced the Committee and
   * prepared its minutes") names minutes and the committee on one line, or when it is {@code
   * minutes} and its title block names the committee ("Coordination Committee" on one line,
   * "Minutes of the meeting held on…" on the next; "2nd Meeting of the CCM Coordination
   * Committee").
   */
  public Optional<String> find(
      String fileName,
      String titleBlock,
      String opening,
      Optional<LocalDate> date,
      boolean minutes) {
    String text = fileName.replaceAll("[-_]+", " ") + "\n" + opening;
    boolean committee =
        CC.matcher(titleBlock).find() || (minutes && COMMITTEE.matcher(titleBlock).find());
    if (committee && date.isPresent()) {
      return Optional.of(path(COORDINATION_COMMITTEE, date.get().toString()));
    }
    // Intersessional meetings named in the title block ("Concept Note from the 13 MSP Presidency /
    // Intersessional Meeting 2025") are the record's own; named only in a body paragraph of the
    // opening ("…to be discussed at the 2018 intersessional meetings") they are a later meeting,
    // after a session the title names.
    String head = fileName.replaceAll("[-_]+", " ") + "\n" + titleBlock;
    Optional<String> intersessional = intersessional(head);
    if (intersessional.isPresent()) {
      return intersessional;
    }
    // The session named first (the file name, then the title) is the record's own; later ones are
    // meetings it refers to ("the Dubrovnik Action Plan … up to the Second Review Conference").
    Optional<Mention> msp = mention(MSP_SESSION, text, "MSP");
    Optional<Mention> rc = mention(RC_SESSION, text, "RC");
    if (msp.isPresent() && (rc.isEmpty() || msp.get().at() <= rc.get().at())) {
      return Optional.of(path(MSP, msp.get().session()));
    }
    if (rc.isPresent()) {
      return rc.map(r -> path(RC, r.session()));
    }
    return intersessional(text);
  }

  private static Optional<String> intersessional(String text) {
    Matcher im = INTERSESSIONAL_YEAR.matcher(text);
    if (!im.find()) {
      return Optional.empty();
    }
    String year =
        im.group("year") != null
            ? im.group("year")
            : im.group("y2") != null ? im.group("y2") : im.group("y3");
    return Optional.of(path(INTERSESSIONAL, year));
  }

  /** The session code ("13MSP") of the first mention, e.g. for looking up its presidency. */
  public static Optional<String> mspSession(String text) {
    return session(MSP_SESSION, text, "MSP").or(() -> session(RC_SESSION, text, "RC"));
  }

  private static Optional<String> session(Pattern p, String text, String suffix) {
    return mention(p, text, suffix).map(Mention::session);
  }

  private record Mention(String session, int at) {}

  private static Optional<Mention> mention(Pattern p, String text, String suffix) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String n;
    if (m.group("short") != null) {
      n = m.group("short");
    } else if (m.group("n") != null) {
      n = m.group("n");
    } else {
      n = Integer.toString(ordinal(m.group("word").toLowerCase(Locale.ROOT)));
    }
    return Optional.of(new Mention(Integer.parseInt(n) + suffix, m.start()));
  }

  private static int ordinal(String word) {
    int english = ORDINALS.indexOf(word);
    if (english >= 0) {
      return english + 1;
    }
    for (int i = 0; i < ORDINALS_FR_ES.size(); i++) {
      if (ORDINALS_FR_ES.get(i).contains(word)) {
        return i + 1;
      }
    }
    throw new IllegalStateException("not an ordinal: " + word);
  }

  private static String path(String series, String session) {
    return series + RecordFacts.PATH_SEPARATOR + session;
  }
}
