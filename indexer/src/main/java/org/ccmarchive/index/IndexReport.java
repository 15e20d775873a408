package org.ccmarchive.index;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an indexing run did.
 *
 * @param full true when the index was rebuilt from scratch
 * @param added records new to the index
 * @param updated records whose file changed and were replaced
 * @param renamed records whose file moved (same content, new path)
 * @param unchanged files skipped because their content did not change
 * @param deleted records removed because their file is gone
 * @param passages passages written
 * @param bytes bytes of the files read (parsed) in this run
 * @param failures files not indexed, each with its reason
 * @param ocr files whose text was (partly) recognised by OCR in this run
 * @param notes things the user should know (schema rebuild, swap)
 * @param elapsed wall time
 */
public record IndexReport(
    boolean full,
    int added,
    int updated,
    int renamed,
    int unchanged,
    int deleted,
    long passages,
    long bytes,
    List<Failure> failures,
    List<String> ocr,
    List<String> notes,
    Duration elapsed) {

  public IndexReport {
    failures = List.copyOf(failures);
    ocr = List.copyOf(ocr);
    notes = List.copyOf(notes);
  }

  /** The same report with {@code more} notes after its own (what happened once the run ended). */
  public IndexReport withNotes(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notes);
    more.stream().filter(n -> !all.contains(n)).forEach(all::add);
    return new IndexReport(
        full, added, updated, renamed, unchanged, deleted, passages, bytes, failures, ocr, all,
        elapsed);
  }

  /**
   * A file that could not be indexed and why.
   *
   * @param earlier true when the file is unchanged since the run that failed on it (not re-parsed)
   */
  public record Failure(String file, String reason, boolean earlier) {
    public Failure(String file, String reason) {
      this(file, reason, false);
    }
  }

  /** Records written in this run. */
  public int indexed() {
    return added + updated + renamed;
  }

  /** Files parsed in this run (written or failed, not remembered failures). */
  public long parsed() {
    return indexed() + failures.stream().filter(f -> !f.earlier()).count();
  }

  public double seconds() {
    return Math.max(elapsed.toNanos() / 1e9, 1e-9);
  }

  public double filesPerSecond() {
    return parsed() / seconds();
  }

  public double megabytesPerSecond() {
    return bytes / 1e6 / seconds();
  }

  public String summary() {
    return String.format(
        "%s: added %d, updated %d, renamed %d, unchanged %d, deleted %d, failed %d, OCR'd %d"
            + " (%d passages) in %.1f s, %.1f files/s, %.2f MB/s",
        full ? "full rebuild" : "incremental",
        added,
        updated,
        renamed,
        unchanged,
        deleted,
        failures.size(),
        ocr.size(),
        passages,
        seconds(),
        filesPerSecond(),
        megabytesPerSecond());
  }

  /** The report as a JSON object with snake_case keys, for tools and the admin page. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", full ? "full" : "incremental");
    m.put("added", added);
    m.put("updated", updated);
    m.put("renamed", renamed);
    m.put("unchanged", unchanged);
    m.put("deleted", deleted);
    m.put("failed", failures.size());
    m.put("ocr", ocr.size());
    m.put("passages", passages);
    m.put("bytes", bytes);
    m.put("seconds", Math.round(seconds() * 1000) / 1000.0);
    m.put("files_per_second", Math.round(filesPerSecond() * 100) / 100.0);
    m.put("mb_per_second", Math.round(megabytesPerSecond() * 1000) / 1000.0);
    m.put(
        "failures",
        failures.stream()
            .map(f -> Map.of("file", f.file(), "reason", f.reason(), "earlier_run", f.earlier()))
            .toList());
    m.put("ocr_files", ocr);
    m.put("notes", notes);
    return m;
  }

  /**
   * Writes {@link #toJson()} to {@code file}, replacing it atomically. With Jackson's streaming
   * generator, not its object mapper: building the mapper loaded ~470 classes, a tenth of a run
   * with nothing to do (docs/benchmarks.md, session 6).
   */
  public void writeJson(Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (JsonGenerator out = new JsonFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
      out.useDefaultPrettyPrinter();
      write(out, toJson());
    }
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The values {@link #toJson()} holds: maps, lists, text, numbers and truth values. */
  private static void write(JsonGenerator out, Object value) throws IOException {
    switch (value) {
      case Map<?, ?> map -> {
        out.writeStartObject();
        for (var e : map.entrySet()) {
          out.writeFieldName(e.getKey().toString());
          write(out, e.getValue());
        }
        out.writeEndObject();
      }
      case List<?> list -> {
        out.writeStartArray();
        for (Object o : list) {
          write(out, o);
        }
        out.writeEndArray();
      }
      case String text -> out.writeString(text);
      case Integer i -> out.writeNumber(i);
      case Long l -> out.writeNumber(l);
      case Double d -> out.writeNumber(d);
      case Boolean b -> out.writeBoolean(b);
      default -> throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }
}
