package org.ccmarchive.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.enrich.Sidecar;

/**
 * What one walk of the corpus found, with a digest of everything that decides whether a run has
 * work to do: each file's relative path, size and modification time (the same test {@link
 * IndexPlan} uses to skip reading a file), the fingerprint of its hand-set metadata, the schema
 * version and the size above which files are not read. A run that commits an index matching the
 * corpus records the digest in the commit; a later run whose walk gives the same digest knows
 * nothing changed without opening a segment (docs/benchmarks.md, session 6).
 *
 * <p>The enrichment rules are not part of it: as before, a rule change re-indexes only with {@code
 * --full} or a schema version.
 */
record CorpusState(CorpusPart part, Sidecar sidecar, List<Listed> files, String digest) {

  /** Bumped when what the digest covers changes, so older digests never match. */
  private static final String FORMAT = "ccm-corpus-digest/1";

  /**
   * A file the walk found, with what the digest and the plan both need of it, worked out once: its
   * path relative to the corpus root and the fingerprint of its hand-set metadata (which may read
   * its {@code .meta.json}).
   */
  record Listed(CorpusFiles.Found found, String relative, String meta) {}

  /** The whole corpus at {@code root}, with its digest. */
  static CorpusState read(Path root, Sidecar sidecar, long maxHashedBytes) throws IOException {
    return read(CorpusPart.of(root, null), root, sidecar, maxHashedBytes);
  }

  /**
   * The files of {@code part}, walking only its folder. A part has no digest (null): the digest is
   * of the whole corpus, and a part's run neither trusts nor records one.
   */
  static CorpusState read(CorpusPart part, Path root, Sidecar sidecar, long maxHashedBytes)
      throws IOException {
    List<Listed> files = new ArrayList<>();
    for (CorpusFiles.Found f : CorpusFiles.scan(root, part.folder())) {
      String rel = root.relativize(f.path()).toString().replace('\\', '/');
      files.add(new Listed(f, rel, sidecar.fingerprint(rel, f.path(), f.hasMeta())));
    }
    String digest = part.prefix().isEmpty() ? digest(files, maxHashedBytes) : null;
    return new CorpusState(part, sidecar, files, digest);
  }

  private static String digest(List<Listed> files, long maxHashedBytes) {
    MessageDigest sha = sha256();
    line(sha, FORMAT + "\t" + IndexSchema.VERSION + "\t" + maxHashedBytes);
    for (Listed f : files) {
      line(
          sha,
          f.relative().length()
              + ":"
              + f.relative()
              + "\t"
              + f.found().size()
              + "\t"
              + f.found().mtime()
              + "\t"
              + f.meta());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * What a commit records when the index matches the corpus of {@code digest}: enough to write a
   * run's report with nothing changed (the files it holds, the failures remembered from earlier
   * runs) without opening the index.
   */
  record Settled(String digest, int files, List<IndexedFiles.Entry> failures) {

    private static final String DIGEST_KEY = "ccm.corpus.digest";
    private static final String FILES_KEY = "ccm.corpus.files";
    private static final String FAILURES_KEY = "ccm.corpus.failures";

    /** Separates a failure's file from its reason, and one failure from the next. */
    private static final char FIELD = '\u0000';

    private static final char ENTRY = '\u0001';

    Map<String, String> userData() {
      StringBuilder f = new StringBuilder();
      for (IndexedFiles.Entry e : failures) {
        f.append(e.file()).append(FIELD).append(e.failure()).append(ENTRY);
      }
      return Map.of(
          DIGEST_KEY, digest, FILES_KEY, Integer.toString(files), FAILURES_KEY, f.toString());
    }

    /** What {@code userData} records, if it records a settled corpus. */
    static Optional<Settled> of(Map<String, String> userData) {
      String digest = userData.get(DIGEST_KEY);
      String files = userData.get(FILES_KEY);
      String failures = userData.get(FAILURES_KEY);
      if (digest == null || files == null || failures == null) {
        return Optional.empty();
      }
      List<IndexedFiles.Entry> entries = new ArrayList<>();
      for (String one : failures.split(String.valueOf(ENTRY))) {
        int cut = one.indexOf(FIELD);
        if (cut >= 0) {
          entries.add(
              new IndexedFiles.Entry(
                  null, one.substring(0, cut), null, -1, -1, one.substring(cut + 1), null));
        }
      }
      return Optional.of(new Settled(digest, Integer.parseInt(files), List.copyOf(entries)));
    }
  }

  private static void line(MessageDigest sha, String line) {
    sha.update(line.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
