package org.ccmarchive.index;

import java.time.Duration;
import org.ccmarchive.extract.IsolatedExtractor;
import org.ccmarchive.extract.Ocr;

/**
 * How an indexing run behaves.
 *
 * @param full rebuild from scratch into a new index and swap it in when done
 * @param threads files parsed at once (each in its own worker process)
 * @param limits what one file may cost (time, memory, size, text)
 * @param ocr OCR of pages without a text layer
 * @param commitEvery commit at least this often, so a crash loses little work
 * @param progress {@code bar}, {@code lines} or {@code silent}
 */
public record IndexOptions(
    boolean full,
    int threads,
    IsolatedExtractor.Limits limits,
    Ocr ocr,
    Duration commitEvery,
    String progress) {

  public static IndexOptions defaults() {
    return new IndexOptions(
        false,
        Runtime.getRuntime().availableProcessors(),
        IsolatedExtractor.Limits.defaults(),
        Ocr.defaults(),
        Duration.ofSeconds(10),
        "silent");
  }

  public IndexOptions withFull(boolean full) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress);
  }

  public IndexOptions withThreads(int threads) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress);
  }

  public IndexOptions withLimits(IsolatedExtractor.Limits limits) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress);
  }

  public IndexOptions withOcr(Ocr ocr) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress);
  }

  public IndexOptions withProgress(String progress) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress);
  }
}
