package org.ccmarchive.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;

/**
 * Verifies an index before it is served: the commit opens and every file of every segment matches
 * its checksum. A damaged index is refused with a message that says how to rebuild it, instead of
 * answering searches wrongly or failing later in the middle of one.
 */
public final class IndexIntegrity {

  private IndexIntegrity() {}

  /** Thrown for an index that cannot be trusted; the message is meant for the operator. */
  public static final class DamagedIndexException extends IllegalStateException {
    DamagedIndexException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Reads every segment with checksum verification; throws {@link DamagedIndexException}. */
  public static void verify(Directory dir, Path where) {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
    } catch (IOException e) {
      throw damaged(where, e);
    }
  }

  /**
   * The cheap half of {@link #verify}: the commit opens, every file is there with its full length
   * and footer (Lucene checks these when it opens a file), without reading the files through. The
   * reader it opened is the caller's to serve from (and close): a server need not open the segments
   * twice.
   */
  public static DirectoryReader openStructure(Directory dir, Path where) {
    try {
      return DirectoryReader.open(dir);
    } catch (IOException e) {
      throw damaged(where, e);
    }
  }

  private static DamagedIndexException damaged(Path where, Exception e) {
    return new DamagedIndexException(
        "The index at "
            + where
            + " is damaged and will not be served ("
            + reason(e)
            + "). Rebuild it from the corpus with: ./ccm index --full",
        e);
  }

  private static String reason(Exception e) {
    String kind =
        switch (e) {
          case CorruptIndexException c -> "checksum or structure mismatch";
          case EOFException eof -> "a file is truncated";
          case NoSuchFileException n -> "a file is missing";
          case IndexFormatTooNewException n -> "written by a newer version";
          case IndexFormatTooOldException o -> "written by an older version";
          default -> "unreadable";
        };
    String msg = e.getMessage() == null ? "" : e.getMessage();
    int cut = msg.indexOf(" (resource=");
    return kind + (msg.isEmpty() ? "" : ": " + (cut > 0 ? msg.substring(0, cut) : msg));
  }
}
