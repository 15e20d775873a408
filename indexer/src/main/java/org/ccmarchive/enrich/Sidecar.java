package org.ccmarchive.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Metadata that ISU staff set by hand, which wins over extraction: a {@code manifest.csv} at the
 * corpus root (one row per record, column {@code file} = corpus-relative path) and a {@code
 * <file>.meta.json} next to a record. Fields: title, type, meeting, date, place, language, symbol,
 * cited_symbols (separated by {@code ;} in CSV, an array in JSON), speakers (authors of a record
 * that is not minutes, same separators). The JSON file wins over the manifest row.
 */
public final class Sidecar {

  public static final String MANIFEST = "manifest.csv";
  public static final String META_SUFFIX = ".meta.json";

  static final Set<String> FIELDS =
      Set.of(
          "title",
          "type",
          "meeting",
          "date",
          "place",
          "language",
          "symbol",
          "cited_symbols",
          "speakers");

  private final Map<String, Map<String, String>> manifest;

  /** Why {@code manifest.csv} could not be read, or null. */
  private final IOException unreadable;

  private Sidecar(Map<String, Map<String, String>> manifest, IOException unreadable) {
    this.manifest = manifest;
    this.unreadable = unreadable;
  }

  public static Sidecar none() {
    return new Sidecar(Map.of(), null);
  }

  /**
   * Like {@link #load}, but a manifest that cannot be read gives a sidecar that says so: each
   * record read with it fails with the reason, and the run that loaded it goes on.
   */
  public static Sidecar loadOrUnreadable(Path corpusRoot) {
    try {
      return load(corpusRoot);
    } catch (IOException e) {
      return new Sidecar(Map.of(), e);
    }
  }

  /** Why the manifest could not be read, when it could not. */
  public Optional<String> problem() {
    return Optional.ofNullable(unreadable).map(Throwable::getMessage);
  }

  /** Reads {@code manifest.csv} at the corpus root, if any. */
  public static Sidecar load(Path corpusRoot) throws IOException {
    Path file = corpusRoot.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return none();
    }
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    Map<String, Map<String, String>> rows = new HashMap<>();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        String name = row.get("file");
        if (name != null && !name.isBlank()) {
          rows.put(name.strip().replace('\\', '/'), row);
        }
      }
    } catch (RuntimeException e) {
      throw new IOException(MANIFEST + " cannot be read: " + e.getMessage(), e);
    }
    return new Sidecar(rows, null);
  }

  /** The overrides for one record: manifest row, then its {@code .meta.json} on top. */
  public Overrides overridesFor(String relativePath, Path file) throws IOException {
    if (unreadable != null) {
      throw new IOException(unreadable.getMessage(), unreadable);
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> row = manifest.get(relativePath);
    if (row != null) {
      row.forEach((k, v) -> putIfSet(values, k, v));
    }
    Path meta = file.resolveSibling(file.getFileName() + META_SUFFIX);
    if (Files.isRegularFile(meta)) {
      JsonNode json = new ObjectMapper().readTree(meta.toFile());
      json.properties()
          .forEach(
              e -> {
                JsonNode v = e.getValue();
                String text =
                    v.isArray()
                        ? String.join(";", v.valueStream().map(JsonNode::asText).toList())
                        : v.asText();
                putIfSet(values, e.getKey(), text);
              });
    }
    return new Overrides(values);
  }

  /**
   * What was set by hand for one record, as a digest: its manifest row and the bytes of its {@code
   * .meta.json}; empty when neither exists. An incremental run re-indexes a record whose digest
   * changed although its file did not. Raw bytes, not parsed values, so that a broken JSON file is
   * noticed (and reported by the run) rather than failing here. {@code hasMeta} says whether the
   * {@code .meta.json} exists: the corpus walk that found {@code file} has already looked.
   */
  public String fingerprint(String relativePath, Path file, boolean hasMeta) throws IOException {
    if (unreadable != null) {
      return ""; // what was set by hand is unknown; its records are retried once it reads again
    }
    Map<String, String> row = manifest.get(relativePath);
    Path meta = file.resolveSibling(file.getFileName() + META_SUFFIX);
    if (row == null && !hasMeta) {
      return "";
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (row != null) {
        sha.update(new TreeMap<>(row).toString().getBytes(StandardCharsets.UTF_8));
      }
      sha.update((byte) 0);
      if (hasMeta) {
        sha.update(Files.readAllBytes(meta));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void putIfSet(Map<String, String> values, String key, String value) {
    String k = key.strip().toLowerCase(java.util.Locale.ROOT);
    if (FIELDS.contains(k) && value != null && !value.isBlank()) {
      values.put(k, value.strip());
    }
  }

  /** Values set by hand for one record; absent fields keep what extraction found. */
  public record Overrides(Map<String, String> values) {
    public Overrides {
      values = Map.copyOf(values);
    }

    public Optional<String> get(String field) {
      return Optional.ofNullable(values.get(field));
    }

    public Optional<List<String>> list(String field) {
      return get(field)
          .map(
              v ->
                  Arrays.stream(v.split(";"))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList());
    }

    /** Checks the values that must parse, so a bad one is reported before anything is indexed. */
    public void validate() {
      date();
    }

    /** The date as ISO 8601; a bad value is reported, never silently dropped. */
    public Optional<LocalDate> date() {
      return get("date")
          .map(
              v -> {
                try {
                  return LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                  throw new IllegalArgumentException(
                      "sidecar date \"" + v + "\" is not an ISO date (YYYY-MM-DD)");
                }
              });
    }

    public RecordFacts apply(RecordFacts f) {
      return new RecordFacts(
          get("type").or(f::type),
          get("meeting")
              .map(m -> m.replace(">", "›").replaceAll("\\s*›\\s*", RecordFacts.PATH_SEPARATOR))
              .or(f::meeting),
          date().or(f::date),
          get("place").or(f::place),
          get("language").or(f::language),
          get("symbol").map(SymbolExtractor::normalise).or(f::symbol),
          list("cited_symbols")
              .map(l -> l.stream().map(SymbolExtractor::normalise).toList())
              .orElse(f.citedSymbols()),
          list("speakers").orElse(f.authors()),
          f.attendance());
    }
  }
}
