package org.ccmarchive.enrich.realstyle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real-style record as written in {@code realstyle/FORMAT.md}: header facts, then one body line
 * a paragraph with its form ({@code #}, {@code ##}, {@code - }, {@code | … |}, {@code ~ }, {@code ^
 * }) and its labels ({@code {{ speakers: …; … | articles: … | decision }}}) stripped from the text.
 */
record RealStyleSource(Path path, Map<String, String> header, List<Line> body) {

  /** How a body line is laid out. */
  enum Form {
    PARAGRAPH,
    HEADING,
    SUBHEADING,
    BULLET,
    TABLE_ROW,
    CENTRED,
    PAGE_HEADER
  }

  /**
   * One body line: its form, its text (for a table row, its cells joined by " | "), its cells (one
   * for every form but a table row) and its gold labels.
   */
  record Line(
      int number,
      Form form,
      String text,
      List<String> cells,
      List<String> speakers,
      List<String> articles,
      boolean decision) {

    boolean labelled() {
      return !speakers.isEmpty() || !articles.isEmpty() || decision;
    }
  }

  private static final Pattern LABELS = Pattern.compile("\\{\\{(.*?)}}\\s*$");
  private static final Pattern HEADER = Pattern.compile("^([a-z]+):\\s*(.*)$");

  RealStyleSource {
    header = Map.copyOf(header);
    body = List.copyOf(body);
  }

  static RealStyleSource read(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    Map<String, String> header = new LinkedHashMap<>();
    int i = 0;
    // Header lines up to the first blank line; a stray blank line before any header is skipped.
    while (i < lines.size() && (lines.get(i).isBlank() && header.isEmpty())) {
      i++;
    }
    for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
      Matcher m = HEADER.matcher(lines.get(i).strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            path + ": header line " + (i + 1) + " is not key: value");
      }
      header.put(m.group(1), m.group(2).strip());
    }
    List<Line> body = new ArrayList<>();
    for (; i < lines.size(); i++) {
      String raw = lines.get(i).strip();
      if (!raw.isEmpty()) {
        body.add(line(i + 1, raw));
      }
    }
    return new RealStyleSource(path, header, body);
  }

  private static Line line(int number, String raw) {
    List<String> speakers = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    boolean decision = false;
    String text = raw;
    Matcher m = LABELS.matcher(raw);
    if (m.find()) {
      text = raw.substring(0, m.start()).strip();
      for (String part : m.group(1).split("\\|")) {
        String p = part.strip();
        if (p.equalsIgnoreCase("decision")) {
          decision = true;
        } else if (p.toLowerCase(Locale.ROOT).startsWith("speakers:")) {
          speakers.addAll(list(p.substring(9), ";"));
        } else if (p.toLowerCase(Locale.ROOT).startsWith("articles:")) {
          for (String a : list(p.substring(9), "[,;]")) {
            articles.add("Article " + a.replaceAll("(?i)^art(?:icle)?\\.?\\s*", ""));
          }
        } else if (!p.isEmpty()) {
          throw new IllegalArgumentException("line " + number + ": unknown label " + p);
        }
      }
    }
    Form form = Form.PARAGRAPH;
    List<String> cells = null;
    if (text.startsWith("## ")) {
      form = Form.SUBHEADING;
      text = text.substring(3).strip();
    } else if (text.startsWith("# ")) {
      form = Form.HEADING;
      text = text.substring(2).strip();
    } else if (text.startsWith("- ")) {
      form = Form.BULLET;
      text = text.substring(2).strip();
    } else if (text.startsWith("~ ")) {
      form = Form.CENTRED;
      text = text.substring(2).strip();
    } else if (text.startsWith("^ ")) {
      form = Form.PAGE_HEADER;
      text = text.substring(2).strip();
    } else if (text.startsWith("|")) {
      form = Form.TABLE_ROW;
      String inner = text.substring(1);
      if (inner.endsWith("|")) {
        inner = inner.substring(0, inner.length() - 1);
      }
      cells = Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
      text = String.join(" | ", cells);
    }
    return new Line(
        number,
        form,
        text,
        cells == null ? List.of(text) : cells,
        List.copyOf(speakers),
        List.copyOf(articles),
        decision);
  }

  private static List<String> list(String s, String separator) {
    return Arrays.stream(s.split(separator)).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  /** The record's file name without extension. */
  String file() {
    return header.getOrDefault("file", stem());
  }

  List<String> formats() {
    return list(header.getOrDefault("formats", "docx"), "[\\s,]+");
  }

  String style() {
    return header.getOrDefault("style", "?");
  }

  String language() {
    return header.getOrDefault("language", "?");
  }

  /** A header fact, null when absent or written {@code null}. */
  String fact(String key) {
    String v = header.get(key);
    return v == null || v.isBlank() || v.equalsIgnoreCase("null") ? null : v;
  }

  private String stem() {
    String n = path.getFileName().toString();
    return n.endsWith(".src.txt") ? n.substring(0, n.length() - 8) : n;
  }
}
