package org.ccmarchive.memory;

import com.fasterxml.jackson.core.type.TypeReference;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 */
public final class SavedSearchStore {

  public static final int MAX_SEARCHES = 1000;
  public static final int MAX_NAME_LENGTH = 120;
  public static final int MAX_FILTER_VALUES = 50;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Clock clock;
  private final Map<String, SavedSearch> searches = new LinkedHashMap<>();

  private SavedSearchStore(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** Opens (or starts) the store at {@code file}. */
  public static SavedSearchStore open(Path file, Clock clock) {
    SavedSearchStore store = new SavedSearchStore(file, clock);
    store.load();
    return store;
  }

  public synchronized List<SavedSearch> list() {
    return List.copyOf(searches.values());
  }

  public synchronized Optional<SavedSearch> get(String id) {
    return Optional.ofNullable(searches.get(id));
  }

  /**
   * Saves a search under {@code name}; its id is the name's slug (numbered when taken). Rejects,
   * with a readable message, what the archive could not run or store.
   */
  public synchronized SavedSearch save(
      String name, String query, Map<String, List<String>> filters) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME_LENGTH || Slugs.of(n).isEmpty()) {
      throw new InvalidQueryException("saved.name", MAX_NAME_LENGTH);
    }
    String q = new SearchRequest(query, 1, 1).query();
    if (filters.values().stream().mapToInt(List::size).sum() > MAX_FILTER_VALUES) {
      throw new InvalidQueryException("saved.too-many-filters", MAX_FILTER_VALUES);
    }
    PassageFilter.validate(filters);
    if (searches.size() >= MAX_SEARCHES) {
      throw new InvalidQueryException("saved.full", MAX_SEARCHES);
    }
    String id = Slugs.of(n);
    for (int i = 2; searches.containsKey(id); i++) {
      id = Slugs.of(n) + "-" + i;
    }
    SavedSearch saved = new SavedSearch(id, n, q, filters, clock.instant());
    searches.put(id, saved);
    write();
    return saved;
  }

  public synchronized boolean delete(String id) {
    if (searches.remove(id) == null) {
      return false;
    }
    write();
    return true;
  }

  /** The file's shape: a plain list, ISO-8601 times. */
  private record Entry(
      String id, String name, String query, Map<String, List<String>> filters, String created) {}

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      List<Entry> entries = JSON.readValue(file.toFile(), new TypeReference<List<Entry>>() {});
      for (Entry e : entries) {
        searches.put(
            e.id(),
            new SavedSearch(
                e.id(),
                e.name(),
                e.query() == null ? "" : e.query(),
                e.filters() == null ? Map.of() : e.filters(),
                Instant.parse(e.created())));
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "The saved searches at " + file + " cannot be read (" + e.getMessage() + ").", e);
    }
  }

  private void write() {
    List<Entry> entries = new ArrayList<>();
    for (SavedSearch s : searches.values()) {
      entries.add(new Entry(s.id(), s.name(), s.query(), s.filters(), s.created().toString()));
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".saved-searches", ".tmp");
      try {
        Files.write(tmp, JSON.writeValueAsBytes(entries));
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
