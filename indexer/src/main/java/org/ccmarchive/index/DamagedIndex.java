package org.ccmarchive.index;

import java.io.IOException;
import java.io.PrintStream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Lets a full rebuild start over from an index whose last commit cannot be read (truncated or
 * corrupt files): IndexWriter would otherwise fail reading it, even in CREATE mode. Only files of a
 * damaged index are removed; an intact one is left to the writer.
 */
final class DamagedIndex {

  private DamagedIndex() {}

  static void clearIfUnreadable(Directory dir, PrintStream log) throws IOException {
    if (dir.listAll().length == 0) {
      return;
    }
    try {
      SegmentInfos.readLatestCommit(dir);
    } catch (IOException e) {
      log.printf(
          "the existing index is damaged (%s): starting over%n", e.getClass().getSimpleName());
      for (String file : dir.listAll()) {
        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
          dir.deleteFile(file);
        }
      }
    }
  }
}
