package org.ccmarchive.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmarchive.record.RecordIds;

/**
 * What an incremental run has to do: compares the corpus with what the index holds. A file whose
 * size and modification time are unchanged is not even read; otherwise its SHA-256 decides. An
 * unchanged file whose hand-set metadata (manifest row, {@code .meta.json}) changed is updated.
 */
record IndexPlan(
    List<Change> changes,
    List<String> deletions,
    int unchanged,
    List<IndexedFiles.Entry> earlierFailures) {

  enum Kind {
    ADD,
    UPDATE,
    RENAME
  }

  /**
   * One file to (re)parse.
   *
   * @param previousId for a rename, the id the same content had under its old path
   */
  record Change(
      Kind kind,
      Path file,
      String id,
      String relative,
      long size,
      long mtime,
      String hash,
      String metadataHash,
      String previousId) {}

  static IndexPlan make(
      Path root,
      List<CorpusState.Listed> files,
      Map<String, IndexedFiles.Entry> known,
      long maxHashedBytes)
      throws IOException {
    Map<String, CorpusState.Listed> current = new HashMap<>();
    for (CorpusState.Listed f : files) {
      current.putIfAbsent(RecordIds.forPath(root.relativize(f.found().path())), f);
    }
    Map<String, IndexedFiles.Entry> goneByHash = new HashMap<>();
    for (IndexedFiles.Entry e : known.values()) {
      if (!current.containsKey(e.id()) && e.failure() == null && e.hash() != null) {
        goneByHash.putIfAbsent(e.hash(), e);
      }
    }
    List<Change> changes = new ArrayList<>();
    List<IndexedFiles.Entry> failures = new ArrayList<>();
    Set<String> renamedAway = new HashSet<>();
    int unchanged = 0;
    for (var c : current.entrySet()) {
      String id = c.getKey();
      Path file = c.getValue().found().path();
      String rel = c.getValue().relative();
      long size = c.getValue().found().size();
      long mtime = c.getValue().found().mtime();
      IndexedFiles.Entry e = known.get(id);
      String meta = c.getValue().meta();
      // Same size and modification time: the content is taken as unchanged, without reading it.
      boolean sameStat = e != null && e.hash() != null && e.size() == size && e.mtime() == mtime;
      String hash = sameStat ? e.hash() : hash(file, size, mtime, maxHashedBytes);
      if (e != null && e.sameMetadata(meta) && hash.equals(e.hash())) {
        unchanged++;
        if (e.failure() != null) {
          failures.add(e);
        }
        continue;
      }
      IndexedFiles.Entry moved = e == null ? goneByHash.remove(hash) : null;
      Kind kind =
          moved != null ? Kind.RENAME : e == null || e.failure() != null ? Kind.ADD : Kind.UPDATE;
      String previous = moved == null ? null : moved.id();
      if (previous != null) {
        renamedAway.add(previous);
      }
      changes.add(new Change(kind, file, id, rel, size, mtime, hash, meta, previous));
    }
    List<String> deletions =
        known.keySet().stream()
            .filter(id -> !current.containsKey(id) && !renamedAway.contains(id))
            .sorted()
            .toList();
    changes.sort((a, b) -> a.relative().compareTo(b.relative()));
    return new IndexPlan(changes, deletions, unchanged, failures);
  }

  /** SHA-256 of the content; files too large to index get a cheap stand-in (never parsed). */
  static String hash(Path file, long size, long mtime, long maxHashedBytes) throws IOException {
    if (size > maxHashedBytes) {
      return "large:" + size + ":" + mtime;
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** True when the index already matches the corpus: nothing to parse, nothing to delete. */
  boolean isEmpty() {
    return changes.isEmpty() && deletions.isEmpty();
  }

  long bytesToRead() {
    return changes.stream().mapToLong(Change::size).sum();
  }
}
