package org.ccmarchive.index;

import java.nio.file.Path;
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
 * @param part a folder inside the corpus, relative to it, that this run is limited to (null: the
 *     whole corpus): files outside it are neither indexed nor removed, so several processes can
 *     each index their own part into one index or collection. Record ids stay relative to the
 *     corpus, as a whole-corpus run makes them.
 */
public record IndexOptions(
    boolean full,
    int threads,
    IsolatedExtractor.Limits limits,
    Ocr ocr,
    Duration commitEvery,
    String progress,
    Path part) {

  public static IndexOptions defaults() {
    return new IndexOptions(
        false,
        Runtime.getRuntime().availableProcessors(),
        IsolatedExtractor.Limits.defaults(),
        Ocr.defaults(),
        Duration.ofSeconds(10),
        "silent",
        null);
  }

  public IndexOptions withFull(boolean full) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress, part);
  }

  public IndexOptions withThreads(int threads) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress, part);
  }

  public IndexOptions withLimits(IsolatedExtractor.Limits limits) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress, part);
  }

  public IndexOptions withOcr(Ocr ocr) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress, part);
  }

  public IndexOptions withProgress(String progress) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress, part);
  }

  public IndexOptions withPart(Path part) {
    return new IndexOptions(full, threads, limits, ocr, commitEvery, progress, part);
  }
}
