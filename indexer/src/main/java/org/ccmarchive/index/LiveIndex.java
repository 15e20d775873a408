package org.ccmarchive.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one holder of the index being served. It resolves the index link ({@link IndexLocation}) to
 * its generation folder, refuses an index that is missing, damaged or of another schema version,
 * and hands every reader (search, record view, knowledge base, feeds, exports) a searcher of the
 * same commit. {@link #refresh()} shows a newer commit, or the folder a full rebuild swapped in;
 * readers in flight finish on the searcher they started with. Thread-safe.
 */
public final class LiveIndex implements Closeable {

  private final Path indexDir;

  /** The generation being served; replaced whole when a full rebuild swaps the link. */
  private volatile Generation current;

  private record Generation(Path folder, Directory directory, SearcherManager searchers) {
    void close() throws IOException {
      try {
        searchers.close();
      } finally {
        directory.close();
      }
    }
  }

  private LiveIndex(Path indexDir, Generation current) {
    this.indexDir = indexDir;
    this.current = current;
  }

  /** Opens the index at {@code indexDir}; fails clearly when there is none or it is unusable. */
  public static LiveIndex open(Path indexDir) throws IOException {
    return new LiveIndex(indexDir, openGeneration(indexDir, true));
  }

  /**
   * Opens the index without reading every file against its checksum, so that a server can answer at
   * once; call {@link #verifyIntegrity()} next, while serving. Opening still refuses a missing
   * index, an outdated schema and truncated or missing files (Lucene checks each file's length and
   * footer when it opens it); only a changed byte inside a file waits for the check.
   */
  public static LiveIndex openVerifyingLater(Path indexDir) throws IOException {
    return new LiveIndex(indexDir, openGeneration(indexDir, false));
  }

  /**
   * Reads every file of the served index against its checksum, as {@link #open} does before it
   * returns; throws {@link IndexIntegrity.DamagedIndexException} for a damaged index.
   */
  public void verifyIntegrity() {
    Generation served = current;
    IndexIntegrity.verify(served.directory(), indexDir);
  }

  private static Generation openGeneration(Path indexDir, boolean verify) throws IOException {
    if (!Files.exists(indexDir)) {
      throw new IllegalStateException("No index at " + indexDir + ": run ./ccm index first.");
    }
    Path folder = indexDir.toRealPath();
    Directory dir = FSDirectory.open(folder);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IllegalStateException("No index at " + indexDir + ": run ./ccm index first.");
      }
      if (verify) {
        IndexIntegrity.verify(dir, indexDir);
      }
      // One reader for the checks and for serving: each open reads every segment's metadata.
      DirectoryReader reader = IndexIntegrity.openStructure(dir, indexDir);
      try {
        IndexSchema.outdated(reader.getIndexCommit().getUserData())
            .ifPresent(
                why -> {
                  throw new IllegalStateException(
                      "The index at "
                          + indexDir
                          + " cannot be served: "
                          + why
                          + ". Rebuild it with ./ccm index --full.");
                });
        return new Generation(folder, dir, new SearcherManager(reader, null));
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * Makes a finished re-index visible to new readers: a newer commit of the same folder, or the new
   * folder a full rebuild swapped in (the old one is released once its last reader is done).
   */
  public synchronized void refresh() throws IOException {
    Generation served = current;
    if (Files.exists(indexDir) && !indexDir.toRealPath().equals(served.folder())) {
      current = openGeneration(indexDir, true);
      served.close();
    } else {
      served.searchers().maybeRefresh();
    }
  }

  /** Runs {@code fn} on a searcher of the served commit, released afterwards. */
  public <T> T withSearcher(SearcherFunction<T> fn) throws IOException {
    SearcherManager searchers = current.searchers();
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (AlreadyClosedException swappedMeanwhile) {
      searchers = current.searchers();
      searcher = searchers.acquire();
    }
    try {
      return fn.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** When the served commit was written: the "updated" time of feeds with undated entries. */
  public Instant committed() {
    try {
      return withSearcher(
          searcher -> {
            DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
            String segments = reader.getIndexCommit().getSegmentsFileName();
            return reader.directory() instanceof FSDirectory fs
                ? Files.getLastModifiedTime(fs.getDirectory().resolve(segments)).toInstant()
                : Instant.EPOCH;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @Override
  public synchronized void close() throws IOException {
    current.close();
  }
}
