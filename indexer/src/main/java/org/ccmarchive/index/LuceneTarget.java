package org.ccmarchive.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The embedded index as a target. Planning reads the last commit, without a writer; the writer is
 * opened on the first change, so a run with nothing to do writes nothing.
 */
final class LuceneTarget implements IndexTarget, Closeable {

  private final Path path;

  /**
   * Planning reads little (the commit's segments and the file-state column): plain file reads spare
   * a run with nothing to do the memory-mapping set-up, 8 % of it (docs/benchmarks.md, session 6).
   * The writer writes through a memory-mapped directory of its own.
   */
  private final Directory planning;

  private final Supplier<IndexSchema> schema;

  /**
   * Files up to this size are checked through when a run stops at the commit point: the segments'
   * metadata files, which opening the segments would have checked too.
   */
  private static final long WHOLLY_CHECKED_BYTES = 256 * 1024;

  /** The last commit, opened once for {@link #problem} and {@link #known}. */
  private DirectoryReader lastCommit;

  private Map<String, IndexedFiles.Entry> known;

  private Directory writing;
  private IndexWriter writer;

  LuceneTarget(Path path, Supplier<IndexSchema> schema) throws IOException {
    this.path = path;
    this.planning = new NIOFSDirectory(path);
    this.schema = schema;
  }

  /** Why this index must be rebuilt instead of updated (an older schema, damage), if it must. */
  Optional<String> problem() throws IOException {
    try {
      DirectoryReader r = lastCommit();
      Optional<String> outdated =
          r == null ? Optional.empty() : IndexSchema.outdated(r.getIndexCommit().getUserData());
      if (outdated.isEmpty()) {
        known(); // damage in the file state shows here too
      }
      return outdated;
    } catch (CorruptIndexException | EOFException e) {
      // A damaged index cannot be updated in place; the corpus can rebuild it.
      return Optional.of("the existing index is damaged (" + e.getMessage() + ")");
    }
  }

  private synchronized DirectoryReader lastCommit() throws IOException {
    if (lastCommit == null && DirectoryReader.indexExists(planning)) {
      lastCommit = DirectoryReader.open(planning);
    }
    return lastCommit;
  }

  @Override
  public synchronized Map<String, IndexedFiles.Entry> known() throws IOException {
    if (known == null) {
      DirectoryReader r = lastCommit();
      known = r == null ? Map.of() : IndexedFiles.read(r);
    }
    return known;
  }

  @Override
  public boolean committed() throws IOException {
    return DirectoryReader.indexExists(planning);
  }

  private synchronized IndexWriter writer() throws IOException {
    if (writer == null) {
      if (lastCommit != null) {
        lastCommit.close(); // planned already; the writer holds its own view
        lastCommit = null;
      }
      writing = FSDirectory.open(path);
      try {
        writer = new IndexWriter(writing, writerConfig(schema.get()));
      } catch (LockObtainFailedException e) {
        throw new IOException(
            "another indexing run is using " + path + " (" + e.getMessage() + ")", e);
      }
    }
    return writer;
  }

  @Override
  public void delete(String recordId) throws IOException {
    writer().deleteDocuments(idTerm(recordId));
  }

  @Override
  public void replace(String recordId, List<Document> docs) throws IOException {
    IndexWriter w = writer();
    List<Document> built = new ArrayList<>(docs.size());
    for (Document d : docs) {
      built.add(schema.get().facetsConfig().build(d));
    }
    w.updateDocuments(idTerm(recordId), built);
  }

  @Override
  public void commit() throws IOException {
    commit(Map.of()); // a commit in the middle of a run, or after a failure: no settled state
  }

  @Override
  public void commit(CorpusState.Settled settled) throws IOException {
    commit(settled.userData());
  }

  @Override
  public void settle(CorpusState.Settled settled) throws IOException {
    commit(settled.userData()); // a commit of the user data alone: no segment is written
  }

  private void commit(Map<String, String> state) throws IOException {
    IndexWriter w = writer();
    Map<String, String> data = new HashMap<>(state);
    data.put(IndexSchema.VERSION_KEY, Integer.toString(IndexSchema.VERSION));
    w.setLiveCommitData(data.entrySet());
    w.commit();
  }

  /**
   * The corpus state the last commit records, read from the commit point alone (no segment is
   * opened), if it is of the corpus of {@code digest}, the commit is of this schema and whole:
   * every file it names is there and ends with its checksum footer, and the small ones (the
   * segments' metadata) match their checksums. The files are looked at only once the digest
   * matches: a run over a changed corpus opens them to plan anyway. Anything else is left to {@link
   * #problem}, which opens the commit fully.
   */
  Optional<CorpusState.Settled> settled(String digest) {
    try {
      if (!DirectoryReader.indexExists(planning)) {
        return Optional.empty();
      }
      SegmentInfos infos = SegmentInfos.readLatestCommit(planning);
      Optional<CorpusState.Settled> recorded =
          CorpusState.Settled.of(infos.getUserData()).filter(s -> s.digest().equals(digest));
      if (recorded.isEmpty() || IndexSchema.outdated(infos.getUserData()).isPresent()) {
        return Optional.empty();
      }
      for (String file : infos.files(true)) {
        try (IndexInput in = planning.openInput(file, IOContext.READONCE)) {
          if (in.length() <= WHOLLY_CHECKED_BYTES) {
            CodecUtil.checksumEntireFile(in);
          } else {
            CodecUtil.retrieveChecksum(in);
          }
        }
      }
      return recorded;
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    try (planning;
        Directory d = writing;
        IndexWriter w = writer;
        DirectoryReader r = lastCommit) {
      // closed in reverse order: the reader, the writer, then the folders
    }
  }

  private static Term idTerm(String id) {
    return new Term(IndexSchema.RECORD_ID, id);
  }

  private static IndexWriterConfig writerConfig(IndexSchema schema) {
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    return config;
  }
}
