package org.ccmarchive.search;

import java.util.List;
import java.util.Set;

/**
 * One version of the index (one commit, or one collection state), read as a whole: what the
 * knowledge base is built from. Everything asked of one instance answers from the same version; an
 * instance is valid only inside the {@link ArchiveIndex#readVersion} call that gave it.
 */
public interface IndexVersion {

  /**
   * Identifies this version: equal (by {@code equals}) for two reads of the same version, different
   * once the index has changed (a refresh after a re-index, a rebuilt folder or collection). What
   * is built from a version may be cached under its key.
   */
  Object key();

  /** Every record's facts, in index order. */
  List<RecordSummary> records();

  /** Every passage's facts, in index order; each with a handle valid in this version only. */
  List<PassageEntry> passages();

  /** The text of the passage with {@code handle}; null when it has none. */
  String text(int handle);

  /**
   * The handles of the passages {@code query} matches, in the archive's query syntax as typed (no
   * cross-lingual widening, facet values as written); every passage for a blank query.
   *
   * @throws InvalidQueryException when the query cannot be run
   */
  Set<Integer> matching(String query);
}
