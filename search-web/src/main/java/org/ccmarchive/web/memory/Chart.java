package org.ccmarchive.web.memory;

import java.util.ArrayList;
import java.util.List;
import org.ccmarchive.memory.Count;
import org.ccmarchive.memory.YearCount;

/**
 * A bar chart drawn as server-side SVG by {@code tag/barchart.jte}: geometry computed here, every
 * label written (and escaped) by the template. Readable without script; the same numbers are in a
 * table under it.
 *
 * @param title what the chart counts (also its accessible name)
 * @param horizontal bars grow to the right (rankings) instead of up (timelines)
 * @param bars the bars, with their geometry in the SVG's user units
 */
public record Chart(String title, boolean horizontal, int width, int height, List<Bar> bars) {

  static final int TIMELINE_HEIGHT = 160;
  static final int BAR_GAP = 8;
  static final int LABEL_SPACE = 22;
  static final int ROW_HEIGHT = 22;
  static final int RANK_LABEL_WIDTH = 190;
  static final int RANK_WIDTH = 560;

  /** Longest label written beside a ranking bar; the whole label is in the bar's tooltip. */
  static final int MAX_LABEL = 30;

  /** One bar: label, value, its rectangle, and where its label and value are written. */
  public record Bar(
      String label,
      long value,
      int x,
      int y,
      int w,
      int h,
      int labelX,
      int labelY,
      int valueX,
      int valueY,
      String href) {

    /** The label as written on the chart: long names shortened with an ellipsis. */
    public String shortLabel() {
      return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }
  }

  public Chart {
    bars = List.copyOf(bars);
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  /**
   * The chart's element id, from its title (a page never shows two charts of one title): ties the
   * drawing to its caption and its numbers table.
   */
  public String id() {
    return "chart-" + Integer.toHexString(title.hashCode());
  }

  /**
   * Whether bars are links: then the drawing is a group of links, not an image (an image may hold
   * no focusable content).
   */
  public boolean linked() {
    return bars.stream().anyMatch(b -> b.href() != null);
  }

  /** Counts per year, oldest to newest, as upright bars. */
  public static Chart timeline(String title, List<YearCount> years) {
    int n = Math.max(years.size(), 1);
    int barWidth = Math.max(18, Math.min(64, 560 / n - BAR_GAP));
    int width = n * (barWidth + BAR_GAP) + BAR_GAP;
    int plot = TIMELINE_HEIGHT - 2 * LABEL_SPACE;
    long max = Math.max(1, years.stream().mapToLong(YearCount::count).max().orElse(1));
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      YearCount y = years.get(i);
      int h = (int) Math.round((double) plot * y.count() / max);
      int x = BAR_GAP + i * (barWidth + BAR_GAP);
      int top = LABEL_SPACE + plot - h;
      int centre = x + barWidth / 2;
      bars.add(
          new Bar(
              Integer.toString(y.year()),
              y.count(),
              x,
              top,
              barWidth,
              h,
              centre,
              TIMELINE_HEIGHT - 6,
              centre,
              top - 5,
              null));
    }
    return new Chart(title, false, width, TIMELINE_HEIGHT, bars);
  }

  /** A ranking, largest first, as bars to the right of their labels; each bar may link. */
  public static Chart ranking(
      String title, List<Count> counts, java.util.function.Function<String, String> href) {
    long max = Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
    int plot = RANK_WIDTH - RANK_LABEL_WIDTH - 50;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      Count c = counts.get(i);
      int w = Math.max(2, (int) Math.round((double) plot * c.count() / max));
      int y = 4 + i * ROW_HEIGHT;
      bars.add(
          new Bar(
              c.label(),
              c.count(),
              RANK_LABEL_WIDTH,
              y,
              w,
              ROW_HEIGHT - 6,
              RANK_LABEL_WIDTH - 6,
              y + ROW_HEIGHT - 10,
              RANK_LABEL_WIDTH + w + 5,
              y + ROW_HEIGHT - 10,
              href == null ? null : href.apply(c.label())));
    }
    return new Chart(
        title, true, RANK_WIDTH, Math.max(ROW_HEIGHT, counts.size() * ROW_HEIGHT + 8), bars);
  }
}
