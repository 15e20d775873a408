package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.data.TsvFile;
import org.ccmarchive.structure.Passage;

/**
 * Who authors a document that is not minutes, from its structure rather than its prose: the
 * "Submitted by / Présenté par / Presentado por" line of a working paper or concept note, and a
 * letter's signature block (else its letterhead). The phrases are data ({@code authorship.tsv}). A
 * presidency named without its State ("Prepared by the President of the Fifth Meeting of States
 * Parties") is the session's presiding State in the calendar of meetings.
 */
public final class DocumentAuthorship {

  /** The submitters of a paper and the ordinal of the line naming them (it has no speaker). */
  public record Byline(List<String> authors, int ordinal) {
    public Byline {
      authors = List.copyOf(authors);
    }
  }

  /**
   * A letter's signatory delegation and the ordinals of its frame: letterhead, date and reference
   * lines, addressee and salutation, closing formula and signature block. Its body paragraphs (and
   * an annex after a heading) speak for the signatory.
   */
  public record Letter(List<String> signatory, Set<Integer> frame) {
    public Letter {
      signatory = List.copyOf(signatory);
      frame = Set.copyOf(frame);
    }
  }

  /** A closing formula this far into a passage ends a PDF-joined body paragraph, not the letter. */
  private static final int CLOSING_PASSAGE = 250;

  /** A signature block has a name and a few lines of titles. */
  private static final int SIGNATURE_LINES = 6;

  /** A letter's salutation comes within its first lines. */
  private static final int LETTER_OPENING = 15;

  private final Gazetteer gazetteer;
  private final MeetingCalendar calendar;
  private final List<Pattern> submitted = new ArrayList<>();
  private final List<Pattern> salutations = new ArrayList<>();
  private final List<Pattern> closings = new ArrayList<>();
  private final List<Pattern> offices = new ArrayList<>();
  private final List<Pattern> annexes = new ArrayList<>();
  private final List<Pattern> compliments = new ArrayList<>();

  public DocumentAuthorship(Gazetteer gazetteer, MeetingCalendar calendar) {
    this.gazetteer = gazetteer;
    this.calendar = calendar;
    for (String[] row : TsvFile.rows(DocumentAuthorship.class, "authorship.tsv")) {
      Pattern p =
          Pattern.compile(
              row[1],
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
      switch (row[0]) {
        case "submitted" -> submitted.add(p);
        case "salutation" -> salutations.add(p);
        case "closing" -> closings.add(p);
        case "office" -> offices.add(p);
        case "annex" -> annexes.add(p);
        case "compliments" -> compliments.add(p);
        default -> throw new IllegalStateException("unknown authorship rule kind: " + row[0]);
      }
    }
  }

  /**
   * The submitters named on a line of the title block after "Submitted by" (a PDF may have joined
   * that line to the title: the names after the phrase count, on its line): the States and
   * organisations it names ("the Coordinators on cooperation (Australia and Senegal)"), else the
   * presidency it names ("the President of the Fifth Meeting of States Parties"), else {@code
   * presidency} when it names the presidency without its session.
   */
  public Optional<Byline> submitters(List<Passage> titleBlock, Optional<String> presidency) {
    for (Passage p : titleBlock) {
      for (String line : p.text().split("\\n")) {
        Optional<Matcher> m = first(submitted, line);
        if (m.isEmpty()) {
          continue;
        }
        String named = line.substring(m.get().end());
        List<String> authors = names(named, null);
        if (authors.isEmpty() && first(offices, named).isPresent()) {
          authors = presidencyNamed(named).or(() -> presidency).map(List::of).orElse(List.of());
        }
        if (!authors.isEmpty()) {
          return Optional.of(new Byline(authors, p.ordinal()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A letter's signatory and frame. The salutation ends the frame's head; the closing formula opens
   * its tail, which runs to the next heading (an annex) or the end. The signatory is the State,
   * else the organisation, else the presidency its signature block names; else its letterhead's.
   */
  public Letter letter(List<Passage> passages) {
    Set<Integer> frame = new HashSet<>();
    int salutation = -1;
    for (int i = 0; i < Math.min(passages.size(), LETTER_OPENING); i++) {
      String last = lastLine(passages.get(i).text());
      if (first(salutations, last).isPresent()) {
        salutation = i;
        break;
      }
    }
    for (int i = 0; i <= salutation; i++) {
      frame.add(passages.get(i).ordinal());
    }
    StringBuilder signature = new StringBuilder();
    for (int i = salutation + 1; i < passages.size(); i++) {
      Passage p = passages.get(i);
      Optional<Matcher> closing = first(closings, p.text());
      if (closing.isEmpty() || closing.get().start() > CLOSING_PASSAGE) {
        continue;
      }
      frame.add(p.ordinal());
      // A PDF may join the signature lines to the closing formula.
      signature.append(p.text().substring(closing.get().end())).append('\n');
      // The signature block, then any list of enclosures, up to an annex's heading.
      for (int j = i + 1; j < passages.size(); j++) {
        Passage s = passages.get(j);
        // A PDF may not style an annex's heading: its words say what it is.
        if (s.kind() == Passage.Kind.HEADING || first(annexes, s.text().strip()).isPresent()) {
          frame.add(s.ordinal());
          break;
        }
        frame.add(s.ordinal());
        if (j <= i + SIGNATURE_LINES) {
          signature.append(s.text()).append('\n');
        }
      }
      break;
    }
    StringBuilder letterhead = new StringBuilder();
    for (int i = 0; i < Math.max(salutation, 0); i++) {
      letterhead.append(passages.get(i).text()).append('\n');
    }
    List<String> signatory = delegationOf(signature.toString());
    if (signatory.isEmpty()) {
      signatory = delegationOf(letterhead.toString());
    }
    if (signatory.isEmpty()) {
      signatory = complimentsFrom(passages);
    }
    return new Letter(signatory, frame);
  }

  /**
   * A note verbale's author: the delegation named before "presents its compliments / présente ses
   * compliments / saluda atentamente a" in its opening sentence.
   */
  private List<String> complimentsFrom(List<Passage> passages) {
    for (Passage p : passages.subList(0, Math.min(passages.size(), LETTER_OPENING))) {
      Optional<Matcher> m = first(compliments, p.text());
      if (m.isPresent()) {
        return delegationOf(p.text().substring(0, m.get().start()));
      }
    }
    return List.of();
  }

  /** The State a text names, else its organisation, else the presidency it names. */
  private List<String> delegationOf(String text) {
    List<String> states = names(text, Gazetteer.Kind.STATE);
    if (!states.isEmpty()) {
      return states.subList(0, 1);
    }
    List<String> organisations = names(text, Gazetteer.Kind.ORGANISATION);
    if (!organisations.isEmpty()) {
      return organisations.subList(0, 1);
    }
    return first(offices, text).flatMap(m -> presidencyNamed(text)).map(List::of).orElse(List.of());
  }

  private Optional<String> presidencyNamed(String text) {
    return MeetingFinder.mspSession(text).flatMap(calendar::presidencyOf);
  }

  /** The entities a text names, in order, once each; of one kind, or any when {@code kind} null. */
  private List<String> names(String text, Gazetteer.Kind kind) {
    List<String> out = new ArrayList<>();
    for (Gazetteer.Match m : gazetteer.find(text)) {
      String name = m.entity().name();
      if ((kind == null || m.entity().kind() == kind) && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static String lastLine(String text) {
    String t = text.strip();
    return t.substring(t.lastIndexOf('\n') + 1).strip();
  }

  private static Optional<Matcher> first(List<Pattern> patterns, String text) {
    Matcher best = null;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }
}
