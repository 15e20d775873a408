package org.ccmarchive.index;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of a long run: a bar on a terminal, periodic lines otherwise. */
public interface Progress extends AutoCloseable {

  void step(String file, long bytes);

  @Override
  void close();

  /**
   * By name: {@code bar} (terminal), {@code lines} (logs) or {@code silent}; {@code bytes} is the
   * total the run will read.
   */
  static Progress create(String kind, int totalFiles, long bytes, PrintStream out) {
    return switch (kind) {
      case "bar" -> new Bar(totalFiles);
      case "lines" -> new Lines(totalFiles, out, 5_000);
      default -> silent();
    };
  }

  /** No output, for tests and embedded use. */
  static Progress silent() {
    return new Progress() {
      @Override
      public void step(String file, long bytes) {}

      @Override
      public void close() {}
    };
  }

  /** me.tongfei progressbar: files done, rate and ETA. */
  final class Bar implements Progress {
    private final ProgressBar bar;
    private long bytes;

    Bar(int total) {
      this.bar =
          new ProgressBarBuilder()
              .setTaskName("Indexing")
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" files", 1)
              .showSpeed()
              .build();
    }

    @Override
    public void step(String file, long size) {
      bytes += size;
      bar.step();
      bar.setExtraMessage(String.format("%.1f MB", bytes / 1e6));
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  /** Periodic log lines for pipes and CI logs. */
  final class Lines implements Progress {
    private final int total;
    private final PrintStream out;
    private final long everyMillis;
    private final long start = System.nanoTime();
    private long last = start;
    private int done;
    private long bytes;

    Lines(int total, PrintStream out, long everyMillis) {
      this.total = total;
      this.out = out;
      this.everyMillis = everyMillis;
    }

    @Override
    public void step(String file, long size) {
      done++;
      bytes += size;
      long now = System.nanoTime();
      if ((now - last) / 1_000_000 >= everyMillis || done == total) {
        last = now;
        double s = Math.max((now - start) / 1e9, 1e-9);
        double rate = done / s;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        out.printf(
            "indexing: %d/%d files, %.1f MB, %.1f files/s, ETA %d s%n",
            done, total, bytes / 1e6, rate, eta);
      }
    }

    @Override
    public void close() {}
  }
}
