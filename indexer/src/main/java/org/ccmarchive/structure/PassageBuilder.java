package org.ccmarchive.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.TextBlock;

/**
 * Rebuilds a record's paragraphs from extracted blocks: splits plain-text blocks on blank lines,
 * joins wrapped lines, re-joins paragraphs a page break or layout gap cut in two, and assigns
 * numbers, headings and section paths.
 */
public final class PassageBuilder {

  /** A fragment shorter than this is a title line or a label, never half of a body paragraph. */
  private static final int MIN_CUT_PARAGRAPH = 60;

  public List<Passage> build(ExtractedDocument doc) {
    boolean plainText = "TXT".equals(doc.format());
    List<TextBlock> blocks = PageFurniture.remove(doc.blocks());
    // Paragraphs a PDF's geometry gave are taken as they are; a text layer without it (Tika's,
    // OCR) is split and joined by its line lengths.
    int fullWidth =
        "PDF".equals(doc.format()) && !doc.laidOut() ? LineGeometry.fullWidth(blocks) : 0;
    List<Paragraph> paragraphs =
        joinTitleBlock(mergeContinuations(paragraphs(blocks, plainText, fullWidth, doc.laidOut())));
    SectionPath sections = new SectionPath();
    List<Passage> passages = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (p.text.contains(TitleBlock.LINE_BREAK)) {
        // the record's title, not a section of it: nothing stands under it
        passages.add(
            new Passage(passages.size() + 1, Passage.Kind.HEADING, null, p.page, "", p.text));
        continue;
      }
      Optional<String> number = HeadingRules.number(p.text);
      Optional<String> outline = HeadingRules.outline(p.text);
      boolean footnote = HeadingRules.isFootnote(p.text);
      boolean heading =
          !footnote
              && (p.kind == TextBlock.Kind.HEADING
                  || HeadingRules.looksLikeHeading(
                      p.text,
                      number.isPresent() || outline.isPresent(),
                      followedByBody(paragraphs, i),
                      i > 0 && HeadingRules.isSentence(paragraphs.get(i - 1).text)));
      if (heading) {
        sections.enter(p.text, number, outline);
      }
      passages.add(
          new Passage(
              passages.size() + 1,
              footnote ? Passage.Kind.FOOTNOTE : heading ? Passage.Kind.HEADING : kindOf(p.kind),
              footnote ? null : number.orElse(null),
              p.page,
              sections.path(),
              p.text));
    }
    return List.copyOf(passages);
  }

  /**
   * Position as evidence for an unnumbered heading: the next paragraph is body text (a sentence),
   * not another short line of a list, an attendance block or a title block.
   */
  private static boolean followedByBody(List<Paragraph> paragraphs, int i) {
    if (i < 0 || i + 1 >= paragraphs.size()) {
      return false;
    }
    Paragraph next = paragraphs.get(i + 1);
    return next.kind != TextBlock.Kind.HEADING && HeadingRules.isSentence(next.text);
  }

  private static List<Paragraph> paragraphs(
      List<TextBlock> blocks, boolean plainText, int fullWidth, boolean laidOut) {
    List<Paragraph> out = new ArrayList<>();
    for (TextBlock b : blocks) {
      for (String block : ParagraphText.paragraphsOf(b.text(), plainText)) {
        for (String part : LineGeometry.splitAtShortLines(block, fullWidth)) {
          String text = ParagraphText.joinLines(part);
          if (!text.isEmpty()) {
            boolean full =
                !laidOut
                    && (fullWidth > 0
                        ? LineGeometry.endsAtFullWidth(part, fullWidth)
                        : ParagraphText.endsAtFullWidth(part));
            out.add(new Paragraph(b.kind(), text, b.page(), full, b.page()));
          }
        }
      }
    }
    return out;
  }

  /**
   * A paged record's cover page (a first page of a few short lines, text following on later pages),
   * or the run of lines in capitals its first page opens with, is one title block: one passage, its
   * lines kept apart by {@link TitleBlock#LINE_BREAK}. Word-processor formats have no layout lines:
   * their title paragraphs are the author's own.
   */
  private static List<Paragraph> joinTitleBlock(List<Paragraph> in) {
    int n = titleBlockLength(in);
    if (n < 2) {
      return in;
    }
    List<Paragraph> out = new ArrayList<>(in.size() - n + 1);
    String text =
        String.join(TitleBlock.LINE_BREAK, in.subList(0, n).stream().map(Paragraph::text).toList());
    out.add(
        new Paragraph(
            TextBlock.Kind.HEADING, text, in.getFirst().page, false, in.get(n - 1).lastPage));
    out.addAll(in.subList(n, in.size()));
    return out;
  }

  private static int titleBlockLength(List<Paragraph> in) {
    if (in.isEmpty() || in.getFirst().page != 1) {
      return 0;
    }
    int firstPage = 0;
    while (firstPage < in.size() && in.get(firstPage).page == 1) {
      firstPage++;
    }
    List<Paragraph> page = in.subList(0, firstPage);
    if (firstPage < in.size()
        && firstPage <= TitleBlock.MAX_COVER_LINES
        && page.stream().allMatch(p -> TitleBlock.isCoverLine(p.text))) {
      return firstPage;
    }
    int capitals = 0;
    while (capitals < firstPage && TitleBlock.isCapitalsLine(page.get(capitals).text)) {
      capitals++;
    }
    return capitals;
  }

  /**
   * PDF layout cuts paragraphs at page breaks and sometimes mid-page. A fragment is the rest of the
   * paragraph before it when it starts in lower case after an unterminated body paragraph, or when
   * a page break falls right after a full-width line (a paragraph's own last line is short).
   */
  private static List<Paragraph> mergeContinuations(List<Paragraph> in) {
    List<Paragraph> out = new ArrayList<>(in.size());
    for (Paragraph p : in) {
      int body = lastBodyBeforeFootnotes(out);
      if (body >= 0 && body < out.size() - 1 && continues(out.get(body), p)) {
        // A page's footnotes sit between the two halves of a body paragraph: join the halves,
        // keep the footnotes after them.
        Paragraph prev = out.get(body);
        out.set(
            body,
            new Paragraph(
                prev.kind,
                ParagraphText.joinContinuation(prev.text, p.text),
                prev.page,
                p.fullLastLine,
                p.lastPage));
      } else if (!out.isEmpty() && continues(out.getLast(), p)) {
        Paragraph prev = out.removeLast();
        out.add(
            new Paragraph(
                prev.kind,
                ParagraphText.joinContinuation(prev.text, p.text),
                prev.page,
                p.fullLastLine,
                p.lastPage));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** The last paragraph that is not a footnote, when only footnotes follow it; else -1. */
  private static int lastBodyBeforeFootnotes(List<Paragraph> out) {
    int i = out.size() - 1;
    while (i >= 0 && HeadingRules.isFootnote(out.get(i).text)) {
      i--;
    }
    return i;
  }

  private static boolean continues(Paragraph prev, Paragraph next) {
    if (prev.kind != TextBlock.Kind.PARAGRAPH || next.kind != TextBlock.Kind.PARAGRAPH) {
      return false;
    }
    if (HeadingRules.isFootnote(prev.text)) {
      // The second line of a long footnote is laid out as its own paragraph; body text
      // continued in lower case belongs to the paragraph above the footnotes instead.
      return next.page == prev.lastPage
          && !HeadingRules.isFootnote(next.text)
          && !Character.isLowerCase(next.text.charAt(0))
          && HeadingRules.number(next.text).isEmpty()
          && ".;)!?".indexOf(prev.text.charAt(prev.text.length() - 1)) < 0;
    }
    if (next.page > prev.lastPage
        && prev.fullLastLine
        && HeadingRules.number(next.text).isEmpty()) {
      return true;
    }
    if (prev.fullLastLine
        && next.page == prev.lastPage
        && ".:;!?".indexOf(prev.text.charAt(prev.text.length() - 1)) < 0
        && HeadingRules.number(next.text).isEmpty()
        && HeadingRules.outline(next.text).isEmpty()) {
      // A line that runs to the margin unfinished goes on in the next block, whatever its case
      // ("…circulated in" + "May and the draft…").
      return true;
    }
    char first = next.text.charAt(0);
    char last = prev.text.charAt(prev.text.length() - 1);
    boolean prevIsBody =
        prev.text.length() >= MIN_CUT_PARAGRAPH && !prev.text.equals(prev.text.toUpperCase());
    return Character.isLowerCase(first) && prevIsBody && ".:;!?".indexOf(last) < 0;
  }

  private static Passage.Kind kindOf(TextBlock.Kind kind) {
    return switch (kind) {
      case HEADING -> Passage.Kind.HEADING;
      case LIST_ITEM -> Passage.Kind.LIST_ITEM;
      case TABLE_CELL -> Passage.Kind.TABLE_CELL;
      case PARAGRAPH -> Passage.Kind.PARAGRAPH;
    };
  }

  /**
   * A paragraph being rebuilt: {@code page} where it starts (the passage's page), {@code lastPage}
   * where its last fragment stands (what a page break is measured from).
   */
  private record Paragraph(
      TextBlock.Kind kind, String text, int page, boolean fullLastLine, int lastPage) {}
}
