package org.ccmarchive.enrich.realstyle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ccmarchive.enrich.Gazetteer;
import org.ccmarchive.enrich.GoldScore;
import org.ccmarchive.enrich.PassageFacts;
import org.ccmarchive.enrich.PlaceFinder;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.record.ArchiveRecord;
import org.ccmarchive.record.RecordMetadata;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.PassageBuilder;

/**
 * Scores the real pipeline on a set of real-style records: renders each source to DOCX (and PDF
 * where asked), reads the file as the indexer does, aligns every gold line to the passage that
 * contains its start (by normalised text), and counts speakers, articles and decisions per line and
 * the record facts, per style, language and format.
 */
final class RealStyleScorer {

  /** The record facts compared with the header. */
  static final List<String> FACTS =
      List.of("type", "meeting", "date", "place", "symbol", "language");

  private static final int KEY_WORDS = 8;

  /** Passages after the cursor where a merged line may sit inside another. */
  private static final int MERGE_WINDOW = 3;

  /** The group of a format's renderings of the records rendered in both formats. */
  static final String PAIRED = "~paired ";

  private static final Set<String> LATIN_PDF = Set.of("en", "fr", "es");

  /** Scores of one group of renderings (a style, a language, a format, or all). */
  static final class Tally {
    final GoldScore speakers = new GoldScore();
    final GoldScore articles = new GoldScore();
    final GoldScore decisions = new GoldScore();
    final Map<String, int[]> factRight = new LinkedHashMap<>();
    final List<String> factErrors = new ArrayList<>();
    int records;
    int lines;

    int factsRight() {
      return factRight.values().stream().mapToInt(a -> a[0]).sum();
    }

    int factsChecked() {
      return factRight.values().stream().mapToInt(a -> a[1]).sum();
    }

    double factAccuracy() {
      int n = factsChecked();
      return n == 0 ? 1 : (double) factsRight() / n;
    }
  }

  private final RecordReader reader =
      new RecordReader(new DocumentExtractor(), new PassageBuilder());
  private final Gazetteer gazetteer = Gazetteer.standard();
  private final Map<String, Tally> groups = new TreeMap<>();
  private final Tally all = new Tally();
  private final List<String> skipped = new ArrayList<>();
  private final StringBuilder passages = new StringBuilder();
  private int renderings;

  Tally all() {
    return all;
  }

  Map<String, Tally> groups() {
    return groups;
  }

  List<String> skipped() {
    return skipped;
  }

  /** Every {@code .src.txt} under {@code set}, sorted by path. */
  static List<Path> sources(Path set) throws IOException {
    if (!Files.isDirectory(set)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(set)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".src.txt")).sorted().toList();
    }
  }

  void score(Path set, Path work) throws Exception {
    for (Path path : sources(set)) {
      RealStyleSource source = RealStyleSource.read(path);
      for (String format : source.formats()) {
        if (format.equals("pdf") && !LATIN_PDF.contains(source.language())) {
          skipped.add(source.file() + ".pdf (standard 14 fonts cover EN/FR/ES only)");
          continue;
        }
        // One folder per rendering: each is a corpus of one file, as the indexer would see it.
        Path dir = Files.createDirectories(work.resolve(format + "-" + ++renderings));
        Path file =
            switch (format) {
              case "docx" -> DocxRendering.write(source, dir);
              case "pdf" -> PdfRendering.write(source, dir);
              default -> throw new IllegalArgumentException(path + ": unknown format " + format);
            };
        ArchiveRecord record = reader.read(dir, file);
        List<Tally> into = new ArrayList<>();
        into.add(all);
        into.add(group("style " + source.style()));
        into.add(group("language " + source.language()));
        into.add(group("format " + format));
        // PDF against DOCX on the same records: a style's rows per format, and both formats over
        // the records rendered in both (the plain format rows also count DOCX-only languages).
        into.add(group("~" + format + " " + source.style()));
        if (source.formats().containsAll(List.of("docx", "pdf"))
            && LATIN_PDF.contains(source.language())) {
          into.add(group(PAIRED + format));
        }
        score(source, format, record, into);
        dump(source, format, record);
      }
    }
  }

  private Tally group(String name) {
    return groups.computeIfAbsent(name, k -> new Tally());
  }

  private void score(
      RealStyleSource source, String format, ArchiveRecord record, List<Tally> into) {
    String where0 = source.style() + "/" + source.file() + "." + format;
    List<String> norms = record.passages().stream().map(p -> normalise(p.text())).toList();
    boolean[] aligned = new boolean[norms.size()];
    int cursor = 0;
    for (RealStyleSource.Line line : source.body()) {
      if (line.form() == RealStyleSource.Form.PAGE_HEADER) {
        continue;
      }
      Set<Integer> at = new LinkedHashSet<>();
      for (String cell : line.cells()) {
        int i = find(norms, key(cell), cursor);
        if (i >= 0) {
          at.add(i);
          cursor = i;
        }
      }
      Set<String> speakers = new LinkedHashSet<>();
      Set<String> articles = new LinkedHashSet<>();
      boolean decision = false;
      for (int i : at) {
        aligned[i] = true;
        PassageFacts f = record.factsAt(i);
        f.speakers().forEach(s -> speakers.add(canonical(s)));
        articles.addAll(f.articles());
        decision |= f.decision();
      }
      String where = where0 + " L" + line.number() + (at.isEmpty() ? " (no passage)" : " p" + at);
      List<String> wantSpeakers = line.speakers().stream().map(this::canonical).distinct().toList();
      for (Tally t : into) {
        t.lines++;
        t.speakers.add(where, wantSpeakers, List.copyOf(speakers));
        t.articles.add(where, line.articles(), List.copyOf(articles));
        t.decisions.add(
            where,
            line.decision() ? List.of("decision") : List.of(),
            decision ? List.of("decision") : List.of());
      }
    }
    // What the pipeline said about passages no gold line starts in (page headers, page numbers,
    // fragments of split lines) is counted as said wrongly.
    for (int i = 0; i < norms.size(); i++) {
      if (!aligned[i]) {
        PassageFacts f = record.factsAt(i);
        Passage p = record.passages().get(i);
        String where = where0 + " unaligned p" + (i + 1) + " \"" + abbreviate(p.text()) + "\"";
        for (Tally t : into) {
          t.speakers.add(where, List.of(), f.speakers().stream().map(this::canonical).toList());
          t.articles.add(where, List.of(), f.articles());
          t.decisions.add(where, List.of(), f.decision() ? List.of("decision") : List.of());
        }
      }
    }
    RecordMetadata m = record.metadata();
    Map<String, Function<RecordMetadata, String>> got = new LinkedHashMap<>();
    got.put("type", x -> x.type().orElse(null));
    got.put("meeting", x -> x.meeting().orElse(null));
    got.put("date", x -> x.date().map(Object::toString).orElse(null));
    got.put("place", x -> x.place().orElse(null));
    got.put("symbol", x -> x.symbol().orElse(null));
    got.put("language", x -> x.language().orElse(null));
    for (Tally t : into) {
      t.records++;
      for (String fact : FACTS) {
        String want = source.fact(fact);
        // "Genève", "Ginebra", "日内瓦": the gold may write the city in the record's language; the
        // facet shows one name for it.
        if (fact.equals("place") && want != null) {
          want = PLACES.find(want).orElse(want);
        }
        String have = got.get(fact).apply(m);
        boolean right = sameFact(want, have);
        int[] c = t.factRight.computeIfAbsent(fact, k -> new int[2]);
        c[1]++;
        if (right) {
          c[0]++;
        } else {
          t.factErrors.add(where0 + " " + fact + ": want " + want + ", got " + have);
        }
      }
    }
  }

  private String canonical(String name) {
    return gazetteer.lookup(name).map(Gazetteer.Entity::name).orElse(name.strip());
  }

  /**
   * The passage holding a line's start: the first from the cursor on that begins with it; else one
   * of the next few that contains it (a line merged into the paragraph before it); else, anywhere,
   * one that begins with it. A short line is not looked for inside distant paragraphs that merely
   * quote it ("Final report" in "adopted its final report").
   */
  private static int find(List<String> norms, String key, int cursor) {
    if (key.isEmpty()) {
      return -1;
    }
    for (int i = cursor; i < norms.size(); i++) {
      if (norms.get(i).startsWith(key)) {
        return i;
      }
    }
    for (int i = cursor; i < Math.min(norms.size(), cursor + MERGE_WINDOW); i++) {
      if (norms.get(i).contains(key)) {
        return i;
      }
    }
    for (int i = 0; i < cursor && i < norms.size(); i++) {
      if (norms.get(i).startsWith(key)) {
        return i;
      }
    }
    return -1;
  }

  private static final PlaceFinder PLACES = new PlaceFinder();

  private static String key(String text) {
    String[] words = normalise(text).split(" ");
    return String.join(" ", List.of(words).subList(0, Math.min(KEY_WORDS, words.length)));
  }

  /** Lower case, no accents, letters and digits only, single spaces. */
  static String normalise(String s) {
    String bare = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean sameFact(String want, String got) {
    if (want == null || got == null) {
      return want == got;
    }
    return normalise(want).equals(normalise(got));
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** The table: one row per group, overall last. */
  String table(String set) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "realstyle %s%n%-14s %4s %5s | %-17s | %-17s | %-17s | %s%n",
            set,
            "group",
            "recs",
            "lines",
            "speakers P/R/F1",
            "articles P/R/F1",
            "decisions P/R/F1",
            "facts"));
    groups.forEach((name, t) -> sb.append(row(name, t)));
    sb.append(row("ALL", all));
    Map<String, int[]> facts = all.factRight;
    sb.append("facts by field:");
    facts.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %d/%d", k, v[0], v[1])));
    sb.append(System.lineSeparator());
    return sb.toString();
  }

  private static String row(String name, Tally t) {
    return String.format(
        Locale.ROOT,
        "%-14s %4d %5d | %s | %s | %s | %5.1f%% (%d/%d)%n",
        name,
        t.records,
        t.lines,
        prf(t.speakers),
        prf(t.articles),
        prf(t.decisions),
        100 * t.factAccuracy(),
        t.factsRight(),
        t.factsChecked());
  }

  private static String prf(GoldScore s) {
    return String.format(Locale.ROOT, "%.2f %.2f %.3f", s.precision(), s.recall(), s.f1());
  }

  private void dump(RealStyleSource source, String format, ArchiveRecord record) {
    RecordMetadata m = record.metadata();
    passages.append(
        String.format(
            Locale.ROOT,
            "=== %s/%s.%s: %d gold lines, %d passages; type %s, meeting %s, date %s, place %s,"
                + " symbol %s, language %s%n",
            source.style(),
            source.file(),
            format,
            source.body().size(),
            record.passages().size(),
            m.type().orElse(null),
            m.meeting().orElse(null),
            m.date().orElse(null),
            m.place().orElse(null),
            m.symbol().orElse(null),
            m.language().orElse(null)));
    for (int i = 0; i < record.passages().size(); i++) {
      Passage p = record.passages().get(i);
      PassageFacts f = record.factsAt(i);
      passages.append(
          String.format(
              Locale.ROOT,
              "p%d %s [%s] %s%s%s%n    %s%n",
              i + 1,
              p.kind().label(),
              p.section(),
              f.speakers(),
              f.articles(),
              f.decision() ? " DECISION" : "",
              p.text()));
    }
  }

  /** Each rendering's passages with what the pipeline found, for reading after a run. */
  String passages() {
    return passages.toString();
  }

  /** Every miss and wrong value, for reading after a run. */
  String errors() {
    StringBuilder sb = new StringBuilder();
    all.speakers.errors().forEach(e -> sb.append("speaker ").append(e).append('\n'));
    all.articles.errors().forEach(e -> sb.append("article ").append(e).append('\n'));
    all.decisions.errors().forEach(e -> sb.append("decision ").append(e).append('\n'));
    all.factErrors.forEach(e -> sb.append("fact ").append(e).append('\n'));
    skipped.forEach(e -> sb.append("skipped ").append(e).append('\n'));
    return sb.toString();
  }
}
