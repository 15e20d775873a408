package org.ccmarchive.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.ccmarchive.bench.corpus.SyntheticRecord.Format;

/**
 * Writes records 0..n-1 of a seeded corpus into a folder, in parallel, and sums up what it wrote.
 */
public final class CorpusGenerator {

  /** What was written: records, paragraphs and bytes, and records per format. */
  public record Summary(
      int records, long paragraphs, long bytes, Map<Format, Long> byFormat, double seconds) {}

  private final RecordGenerator generator;

  public CorpusGenerator(long seed) {
    this.generator = new RecordGenerator(seed);
  }

  public Summary write(Path folder, int n) throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(folder);
    AtomicLong paragraphs = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    Map<Format, AtomicLong> byFormat = new EnumMap<>(Format.class);
    for (Format f : Format.values()) {
      byFormat.put(f, new AtomicLong());
    }
    AtomicLong done = new AtomicLong();
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              SyntheticRecord record = generator.record(i);
              Path file = folder.resolve(record.path());
              try {
                RecordWriter.write(record, file);
                bytes.addAndGet(Files.size(file));
              } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
              }
              paragraphs.addAndGet(record.paragraphs());
              byFormat.get(record.format()).incrementAndGet();
              long d = done.incrementAndGet();
              if (d % 1000 == 0) {
                System.err.printf("generate: %d/%d records%n", d, n);
              }
            });
    Map<Format, Long> counts = new EnumMap<>(Format.class);
    byFormat.forEach((f, c) -> counts.put(f, c.get()));
    return new Summary(n, paragraphs.get(), bytes.get(), counts, (System.nanoTime() - start) / 1e9);
  }
}
