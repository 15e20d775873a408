package org.ccmarchive.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ccmarchive.bench.corpus.SyntheticRecord.Block;
import org.ccmarchive.bench.corpus.SyntheticRecord.Format;

/**
 * Makes record number {@code n} of a corpus from a seed alone, so any record can be generated in
 * any order, on any thread, with the same result. Shapes follow the seed records: minutes with an
 * attendance list and numbered sections, statements with numbered paragraphs, long annual reports.
 */
public final class RecordGenerator {

  /** Record types: label, share of the corpus, fewest and most paragraphs. */
  private record Kind(String label, double share, int minParas, int maxParas, String code) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("minutes", 0.30, 50, 150, "MIN"),
          new Kind("statement", 0.30, 10, 40, "ST"),
          new Kind("working paper", 0.15, 40, 120, "WP"),
          new Kind("concept note", 0.10, 20, 50, "CN"),
          new Kind("annual report", 0.05, 150, 350, "AR"),
          new Kind("decision", 0.10, 8, 24, "DEC"));

  private static final List<String> STATES =
      List.of(
          "Afghanistan",
          "Albania",
          "Australia",
          "Austria",
          "Belgium",
          "Bolivia",
          "Bosnia and" + " Herzegovina",
          "Burkina Faso",
          "Cameroon",
          "Canada",
          "Chile",
          "Colombia",
          "Costa Rica",
          "Croatia",
          "Ecuador",
          "France",
          "Germany",
          "Ghana",
          "Guatemala",
          "Holy See",
          "Iraq",
          "Ireland",
          "Italy",
          "Japan",
          "Lao People's Democratic Republic",
          "Lebanon",
          "Malawi",
          "Mexico",
          "Montenegro",
          "Mozambique",
          "Netherlands",
          "New Zealand",
          "Niger",
          "Nigeria",
          "Norway",
          "Panama",
          "Peru",
          "Philippines",
          "Portugal",
          "Senegal",
          "Sierra Leone",
          "South Africa",
          "Spain",
          "Sri Lanka",
          "Sweden",
          "Switzerland",
          "Togo",
          "Tunisia",
          "United Kingdom",
          "Uruguay",
          "Zambia");

  private static final List<String> GIVEN =
      List.of(
          "Ana",
          "Julia",
          "Kristian",
          "Mathieu",
          "Pamela",
          "Riccardo",
          "Sara",
          "Tamar",
          "Alonso",
          "Grisselle",
          "Angel",
          "Zoe",
          "Fahad",
          "Gemma",
          "Cedric",
          "Daovy",
          "Ingrid",
          "Tomas",
          "Amina",
          "Kofi",
          "Lucia",
          "Pierre",
          "Hiroshi",
          "Nadia");

  private static final List<String> SYLLABLES =
      List.of(
          "ba", "ken", "mor", "li", "sa", "van", "der", "to", "ri", "gue", "ha", "nel", "pa", "cho",
          "mi", "ro", "lan", "de", "ka", "su", "vo", "in", "es", "ta");

  private static final String[] ORDINALS = {
    "",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth"
  };

  private final long seed;

  public RecordGenerator(long seed) {
    this.seed = seed;
  }

  public SyntheticRecord record(int number) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + number);
    Kind kind = pick(r, KINDS);
    LocalDate date = LocalDate.of(2010 + r.nextInt(17), 1 + r.nextInt(12), 1 + r.nextInt(28));
    Language lang = language(r);
    Format format = format(r);
    String meeting = meeting(r, kind, date);
    String symbol = symbol(kind, meeting, date, number);
    String title = title(kind, meeting, date, lang);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block(true, null, title));
    blocks.add(new Block(false, null, symbol));
    blocks.add(new Block(false, null, meeting + ", " + longDate(date, lang)));
    if (kind.label().equals("minutes")) {
      attendance(r, lang, blocks);
    }
    body(r, kind, lang, date, blocks);
    return new SyntheticRecord(
        number, kind.label(), meeting, date, lang.code(), format, title, symbol, blocks);
  }

  private static Kind pick(SplittableRandom r, List<Kind> kinds) {
    double x = r.nextDouble();
    for (Kind k : kinds) {
      x -= k.share();
      if (x < 0) {
        return k;
      }
    }
    return kinds.getLast();
  }

  private static Language language(SplittableRandom r) {
    double x = r.nextDouble();
    return x < 0.8 ? Language.ENGLISH : x < 0.9 ? Language.FRENCH : Language.SPANISH;
  }

  private static Format format(SplittableRandom r) {
    double x = r.nextDouble();
    for (Format f : Format.values()) {
      x -= f.share;
      if (x < 0) {
        return f;
      }
    }
    return Format.TXT;
  }

  private static String meeting(SplittableRandom r, Kind kind, LocalDate date) {
    int year = date.getYear();
    if (kind.label().equals("minutes") || r.nextInt(4) == 0) {
      return "Coordination Committee";
    }
    if (year == 2015 || year == 2020 || year == 2026) {
      int n = year == 2015 ? 1 : year == 2020 ? 2 : 3;
      return ORDINALS[n] + " Review Conference";
    }
    if (r.nextBoolean()) {
      return "Intersessional Meeting " + year;
    }
    int msp = Math.min(year - 2009, ORDINALS.length - 1);
    return ORDINALS[msp] + " Meeting of States Parties";
  }

  private static String symbol(Kind kind, String meeting, LocalDate date, int number) {
    String body =
        meeting.startsWith("Coordination")
            ? "CC"
            : meeting.contains("Review") ? "RC" : meeting.startsWith("Inter") ? "IM" : "MSP";
    return "CCM/%s/%d/%s.%d".formatted(body, date.getYear(), kind.code(), 1 + number % 40);
  }

  private static String title(Kind kind, String meeting, LocalDate date, Language lang) {
    String type = Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1);
    return type + " - " + meeting + " - " + longDate(date, lang);
  }

  private static String longDate(LocalDate d, Language lang) {
    return d.getDayOfMonth() + " " + lang.months().get(d.getMonthValue() - 1) + " " + d.getYear();
  }

  private static void attendance(SplittableRandom r, Language lang, List<Block> blocks) {
    blocks.add(new Block(true, null, lang.attendance()));
    int n = 6 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      blocks.add(new Block(false, null, state(r) + " - " + person(r)));
    }
    blocks.add(new Block(true, null, lang.apologies()));
    blocks.add(new Block(false, null, state(r)));
  }

  private void body(
      SplittableRandom r, Kind kind, Language lang, LocalDate date, List<Block> blocks) {
    int paragraphs = kind.minParas() + r.nextInt(kind.maxParas() - kind.minParas() + 1);
    boolean sectioned = !kind.label().equals("statement") && !kind.label().equals("decision");
    int section = 0;
    int inSection = 0;
    int running = 0;
    for (int i = 0; i < paragraphs; i++) {
      if (sectioned && (i == 0 || r.nextInt(12) == 0)) {
        section++;
        inSection = 0;
        String heading = lang.sectionTitles().get(r.nextInt(lang.sectionTitles().size()));
        blocks.add(new Block(true, section + ".", heading));
      }
      inSection++;
      running++;
      String number;
      if (kind.label().equals("annual report")) {
        number = running + ".";
      } else if (sectioned) {
        number = r.nextInt(10) == 0 ? null : section + "." + inSection;
      } else {
        number = running + ".";
      }
      if (r.nextInt(15) == 0) {
        number = "(" + (char) ('a' + (inSection % 26)) + ")";
      }
      blocks.add(new Block(false, number, paragraph(r, lang, date)));
    }
  }

  /** One to four sentences, most often two: 15 to 110 words, like the seed records. */
  private static String paragraph(SplittableRandom r, Language lang, LocalDate date) {
    int sentences = 1 + r.nextInt(2) + (r.nextInt(3) == 0 ? r.nextInt(3) : 0);
    StringBuilder sb = new StringBuilder(400);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        sb.append(' ');
      }
      sentence(r, lang, date, sb);
    }
    return sb.toString();
  }

  private static void sentence(
      SplittableRandom r, Language lang, LocalDate date, StringBuilder sb) {
    int form = r.nextInt(10);
    if (form < 3) {
      sb.append(state(r)).append(' ').append(any(r, lang.saidVerbs())).append(' ');
      sb.append(words(lang, "that ", "que ", "que "));
      clause(r, lang, sb, false);
    } else if (form < 5) {
      sb.append(person(r)).append(" (").append(state(r)).append(") ");
      sb.append(any(r, lang.saidVerbs())).append(' ');
      sb.append(words(lang, "that ", "que ", "que "));
      clause(r, lang, sb, false);
    } else {
      boolean opener = r.nextBoolean();
      if (opener) {
        sb.append(any(r, lang.openers())).append(' ');
      }
      clause(r, lang, sb, !opener);
    }
    if (r.nextInt(4) == 0) {
      sb.append(words(lang, ", with reference to ", ", en référence à l'", ", con referencia al "));
      sb.append(lang.articleWord()).append(' ').append(1 + r.nextInt(22));
    }
    if (r.nextInt(6) == 0) {
      sb.append(" (")
          .append(1 + r.nextInt(900))
          .append(
              r.nextBoolean()
                  ? words(lang, " hectares", " hectares", " hectáreas")
                  : words(lang, " submunitions", " sous-munitions", " submuniciones"))
          .append(", ")
          .append(date.getYear() - r.nextInt(3))
          .append(')');
    }
    if (r.nextInt(9) == 0) {
      sb.append(words(lang, ", as documented in ", ", selon le document ", ", según el documento "))
          .append("CCM/MSP/")
          .append(2011 + r.nextInt(15))
          .append("/WP.")
          .append(1 + r.nextInt(12));
    }
    sb.append('.');
  }

  private static void clause(SplittableRandom r, Language lang, StringBuilder sb, boolean cap) {
    String subject = any(r, lang.subjects());
    sb.append(cap ? Character.toUpperCase(subject.charAt(0)) + subject.substring(1) : subject);
    sb.append(' ').append(any(r, lang.verbs()));
    sb.append(' ').append(any(r, lang.objects()));
    if (r.nextInt(3) > 0) {
      sb.append(' ').append(any(r, lang.qualifiers()));
    }
    if (r.nextInt(5) == 0) {
      sb.append(words(lang, " and ", " et ", " y ")).append(any(r, lang.objects()));
    }
  }

  private static String words(Language lang, String en, String fr, String es) {
    return switch (lang.code()) {
      case "fr" -> fr;
      case "es" -> es;
      default -> en;
    };
  }

  private static String state(SplittableRandom r) {
    return any(r, STATES);
  }

  /** A person: common given names, surnames from syllables (a long tail, like real attendance). */
  private static String person(SplittableRandom r) {
    StringBuilder sb = new StringBuilder(r.nextBoolean() ? "Ms. " : "Mr. ");
    sb.append(any(r, GIVEN)).append(' ');
    int syllables = 2 + r.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      String s = any(r, SYLLABLES);
      sb.append(i == 0 ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s);
    }
    return sb.toString();
  }

  private static <T> T any(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
