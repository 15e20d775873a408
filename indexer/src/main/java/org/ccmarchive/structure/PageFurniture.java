package org.ccmarchive.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.extract.TextBlock;

/**
 * Page furniture of paged layouts: page numbers ("3", "Page 3 of 12", "- 3 -") and a running header
 * or footer (the document symbol, a short title) repeated at the top or foot of several pages.
 * Numbers go; a running line is kept once, where it first appears (it may be the record's own
 * symbol), so it does not become a passage on every page.
 */
final class PageFurniture {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^(?:(?:Page|Página|p\\.)\\s*)?[-–—]?\\s*(\\d{1,4})\\s*[-–—]?(?:\\s*(?:/|of|de|sur)\\s*\\d{1,4})?$",
          Pattern.CASE_INSENSITIVE);

  /** Blocks at each end of a page where running headers, footers and numbers stand. */
  private static final int EDGE = 2;

  private static final int MAX_RUNNING = 100;

  private PageFurniture() {}

  static List<TextBlock> remove(List<TextBlock> blocks) {
    if (blocks.stream().noneMatch(b -> b.page() > 0)) {
      return blocks;
    }
    boolean[] edge = edges(blocks);
    Map<String, Set<Integer>> pagesAtEdge = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (edge[i] && isLine(blocks.get(i).text())) {
        pagesAtEdge
            .computeIfAbsent(ParagraphText.fold(blocks.get(i).text()), k -> new HashSet<>())
            .add(blocks.get(i).page());
      }
    }
    List<TextBlock> out = new ArrayList<>(blocks.size());
    Set<String> kept = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      String text = ParagraphText.fold(b.text());
      if (edge[i] && isPageNumber(text, b.page())) {
        continue;
      }
      if (edge[i] && pagesAtEdge.getOrDefault(text, Set.of()).size() >= 2 && !kept.add(text)) {
        continue;
      }
      out.add(b);
    }
    return out;
  }

  /** The number printed is the page's own (a count in a table is not). */
  private static boolean isPageNumber(String text, int page) {
    Matcher m = PAGE_NUMBER.matcher(text);
    return m.matches() && Math.abs(Integer.parseInt(m.group(1)) - page) <= 1;
  }

  private static boolean isLine(String text) {
    String t = text.strip();
    return !t.isEmpty() && t.length() <= MAX_RUNNING && t.indexOf('\n') < 0;
  }

  /** True for the first and last {@value #EDGE} blocks of each page. */
  private static boolean[] edges(List<TextBlock> blocks) {
    boolean[] edge = new boolean[blocks.size()];
    int start = 0;
    while (start < blocks.size()) {
      int end = start;
      while (end < blocks.size() && blocks.get(end).page() == blocks.get(start).page()) {
        end++;
      }
      for (int i = start; i < end; i++) {
        edge[i] = i - start < EDGE || end - i <= EDGE;
      }
      start = end;
    }
    return edge;
  }
}
