package org.ccmarchive.memory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmarchive.search.InvalidQueryException;
import org.ccmarchive.search.SearchRequest;

/**
 * Saved searches in one small JSON file next to the index, rewritten atomically (temporary file,
 * fsync, rename) on every change, so a crash leaves the old or the new list, never half of one.
 *
 * <p>Why a JSON file rather than SQLite or H2: the data is a few dozen short entries written
 * rarely; a JSON file is readable and editable by ISU staff, is backed up with the index folder,
 * and needs no new dependency (Jackson is already in the build), no native driver (SQLite) and no
 * database file format that changes between versions (H2).
 *
 * <p>Each search records its owner (an opaque key the web layer derives from the creating browser's
 * secret; never the secret itself), so only that browser, or staff, may delete it. An id is never
 * issued twice: the ids of deleted searches are kept, so a feed's subscribers never find another
 * search behind its address, and a name in use cannot be saved again. The store holds at most
 * {@link Limits#maxSearches()} searches and {@link Limits#maxBytes()} bytes of file.
 */
public final class SavedSearchStore {

  public static final int MAX_NAME_LENGTH = 120;
  public static final int MAX_FILTER_VALUES = 50;

  /**
   * How much the store may hold.
   *
   * @param maxSearches searches at once
   * @param maxBytes size of the file, retired ids included
   */
  public record Limits(int maxSearches, long maxBytes) {

    /** A thousand searches; 2 MB keeps the file (and an unpaged read of it) small. */
    public static Limits defaults() {
      return new Limits(1000, 2L * 1024 * 1024);
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Clock clock;
  private final Limits limits;
  private final Map<String, Entry> searches = new LinkedHashMap<>();
  private final Set<String> retired = new LinkedHashSet<>();

  private SavedSearchStore(Path file, Clock clock, Limits limits) {
    this.file = file;
    this.clock = clock;
    this.limits = limits;
  }

  /** Opens (or starts) the store at {@code file} with the default limits. */
  public static SavedSearchStore open(Path file, Clock clock) {
    return open(file, clock, Limits.defaults());
  }

  /** Opens (or starts) the store at {@code file}. */
  public static SavedSearchStore open(Path file, Clock clock, Limits limits) {
    SavedSearchStore store = new SavedSearchStore(file, clock, limits);
    store.load();
    return store;
  }

  public Limits limits() {
    return limits;
  }

  /** How many searches are saved. */
  public synchronized int count() {
    return searches.size();
  }

  /** Up to {@code size} searches from the {@code offset}-th, oldest first. */
  public synchronized List<SavedSearch> page(int offset, int size) {
    return searches.values().stream()
        .skip(Math.max(0, offset))
        .limit(Math.max(0, size))
        .map(Entry::search)
        .toList();
  }

  public synchronized Optional<SavedSearch> get(String id) {
    return Optional.ofNullable(searches.get(id)).map(Entry::search);
  }

  /** Whether {@code owner} (as given to {@link #save}) saved the search {@code id}. */
  public synchronized boolean isOwnedBy(String id, String owner) {
    Entry e = searches.get(id);
    return e != null && owner != null && e.owner() != null && e.owner().equals(owner);
  }

  /**
   * Saves a search under {@code name} for {@code owner}; its id is the name's slug (numbered when
   * that was ever issued). Rejects, with a readable message, what the archive could not run or
   * store: {@link NameTaken} for a name in use, {@link Full} when the store is full.
   */
  public synchronized SavedSearch save(
      String name, String query, Map<String, List<String>> filters, String owner) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME_LENGTH || Slugs.of(n).isEmpty()) {
      throw new InvalidQueryException("saved.name", MAX_NAME_LENGTH);
    }
    String q = new SearchRequest(query, 1, 1).query();
    if (filters.values().stream().mapToInt(List::size).sum() > MAX_FILTER_VALUES) {
      throw new InvalidQueryException("saved.too-many-filters", MAX_FILTER_VALUES);
    }
    PassageFilter.validate(filters);
    String folded = n.toLowerCase(Locale.ROOT);
    if (searches.values().stream()
        .anyMatch(e -> e.name().toLowerCase(Locale.ROOT).equals(folded))) {
      throw new NameTaken(n);
    }
    if (searches.size() >= limits.maxSearches()) {
      throw new Full();
    }
    String id = Slugs.of(n);
    for (int i = 2; searches.containsKey(id) || retired.contains(id); i++) {
      id = Slugs.of(n) + "-" + i;
    }
    SavedSearch saved = new SavedSearch(id, n, q, filters, clock.instant());
    searches.put(id, Entry.of(saved, owner));
    byte[] json = json();
    if (json.length > limits.maxBytes()) {
      searches.remove(id);
      throw new Full();
    }
    write(json);
    return saved;
  }

  /** Deletes a search; its id is retired, never issued again. */
  public synchronized boolean delete(String id) {
    if (searches.remove(id) == null) {
      return false;
    }
    retired.add(id);
    write(json());
    return true;
  }

  /** A name is in use by another saved search. */
  public static final class NameTaken extends RuntimeException {
    NameTaken(String name) {
      super("A saved search named \"" + name + "\" exists already; choose another name.");
    }
  }

  /** The store holds as many searches, or as many bytes, as it may. */
  public static final class Full extends RuntimeException {
    Full() {
      super("The archive's saved searches are full.");
    }
  }

  /** One search in the file: ISO-8601 times; {@code owner} absent in files from before owners. */
  private record Entry(
      String id,
      String name,
      String query,
      Map<String, List<String>> filters,
      String created,
      String owner) {

    static Entry of(SavedSearch s, String owner) {
      return new Entry(s.id(), s.name(), s.query(), s.filters(), s.created().toString(), owner);
    }

    SavedSearch search() {
      return new SavedSearch(
          id,
          name,
          query == null ? "" : query,
          filters == null ? Map.of() : filters,
          Instant.parse(created));
    }
  }

  /** The file: the searches, and the ids once issued and since deleted. */
  private record FileShape(List<Entry> searches, List<String> retired) {}

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      // Files from before retired ids were a plain list of searches.
      FileShape shape =
          root.isArray()
              ? new FileShape(JSON.convertValue(root, new TypeReference<List<Entry>>() {}), null)
              : JSON.treeToValue(root, FileShape.class);
      for (Entry e : shape.searches() == null ? List.<Entry>of() : shape.searches()) {
        e.search(); // fails here, at start, on a bad entry
        searches.put(e.id(), e);
      }
      if (shape.retired() != null) {
        retired.addAll(shape.retired());
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "The saved searches at " + file + " cannot be read (" + e.getMessage() + ").", e);
    }
  }

  private byte[] json() {
    try {
      return JSON.writeValueAsBytes(
          new FileShape(List.copyOf(searches.values()), List.copyOf(retired)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  private void write(byte[] json) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".saved-searches", ".tmp");
      try {
        Files.write(tmp, json);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          ch.force(true);
        }
        move(tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  private void move(Path tmp) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
