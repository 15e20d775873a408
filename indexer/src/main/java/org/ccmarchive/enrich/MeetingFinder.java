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
 * 3RC}, {@code Intersessional Meeting › 2025}.
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
  private static final String ORDINAL =
      "(?<n>\\d{1,2})(?:st|nd|rd|th)?|(?<word>" + String.join("|", ORDINALS) + ")";

  private static final Pattern CC =
      Pattern.compile(
          "minutes of (?:a|the) meeting of the (?:CCM )?Coordination Committee",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern INTERSESSIONAL_YEAR =
      Pattern.compile(
          "Intersessional Meetings?\\s+(?<year>20\\d{2})|\\bIM\\s?(?<y2>20\\d{2})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MSP_SESSION =
      Pattern.compile(
          "\\b(?:(?:"
              + ORDINAL
              + ")\\s+Meeting of (?:the )?States Parties|(?<short>\\d{1,2})\\s?MSP)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RC_SESSION =
      Pattern.compile(
          "\\b(?:(?:" + ORDINAL + ")\\s+Review Conference|(?<short>\\d)\\s?RC)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Looks at the file name and the opening, most specific series first. */
  public Optional<String> find(String fileName, String opening, Optional<LocalDate> date) {
    String text = fileName.replaceAll("[-_]+", " ") + "\n" + opening;
    if (CC.matcher(opening).find() && date.isPresent()) {
      return Optional.of(path(COORDINATION_COMMITTEE, date.get().toString()));
    }
    Matcher im = INTERSESSIONAL_YEAR.matcher(text);
    if (im.find()) {
      String year = im.group("year") != null ? im.group("year") : im.group("y2");
      return Optional.of(path(INTERSESSIONAL, year));
    }
    Optional<String> msp = session(MSP_SESSION, text, "MSP");
    if (msp.isPresent()) {
      return Optional.of(path(MSP, msp.get()));
    }
    return session(RC_SESSION, text, "RC").map(s -> path(RC, s));
  }

  /** The session code ("13MSP") of the first mention, e.g. for looking up its presidency. */
  public static Optional<String> mspSession(String text) {
    return session(MSP_SESSION, text, "MSP").or(() -> session(RC_SESSION, text, "RC"));
  }

  private static Optional<String> session(Pattern p, String text, String suffix) {
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
      n = Integer.toString(ORDINALS.indexOf(m.group("word").toLowerCase(Locale.ROOT)) + 1);
    }
    return Optional.of(Integer.parseInt(n) + suffix);
  }

  private static String path(String series, String session) {
    return series + RecordFacts.PATH_SEPARATOR + session;
  }
}
