package org.ccmarchive.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The passage handles of one state of the SolrCloud collection, kept for as long as that state is
 * current. The knowledge base builds its snapshot once per version key and reads texts later,
 * through other {@link IndexVersion} instances of the same key: a handle must mean the same passage
 * in all of them (the embedded index's handles are Lucene document numbers, stable within a
 * commit). Texts are fetched in batches of neighbouring handles, one request for many passages,
 * since the knowledge base reads the passages it lists side by side; the most recently read are
 * kept. Thread-safe.
 */
final class SolrPassageHandles {

  /** Passages fetched by one request for texts. */
  static final int BATCH = 500;

  /** Texts kept at most (the oldest read goes first). */
  private static final int KEPT_TEXTS = 20 * BATCH;

  private final Object key;
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> handles = new HashMap<>();
  private final Map<Integer, String> texts =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
          return size() > KEPT_TEXTS;
        }
      };

  SolrPassageHandles(Object key) {
    this.key = key;
  }

  Object key() {
    return key;
  }

  /** The handle of the passage with Solr id {@code id}, numbered the first time it is seen. */
  synchronized int handle(String id) {
    return handles.computeIfAbsent(
        id,
        k -> {
          ids.add(k);
          return ids.size() - 1;
        });
  }

  /**
   * The text of the passage with {@code handle}; null for an unknown handle or a passage without
   * text. On a miss, {@code fetch} is asked once for the texts of this passage and of the next
   * handles not yet kept (Solr id to text; an absent id has no text).
   */
  synchronized String text(int handle, Function<List<String>, Map<String, String>> fetch) {
    if (handle < 0 || handle >= ids.size()) {
      return null;
    }
    if (texts.containsKey(handle)) {
      return texts.get(handle);
    }
    List<Integer> batch = new ArrayList<>();
    for (int h = handle; h < ids.size() && batch.size() < BATCH; h++) {
      if (!texts.containsKey(h)) {
        batch.add(h);
      }
    }
    Map<String, String> found = fetch.apply(batch.stream().map(ids::get).toList());
    for (int h : batch.reversed()) {
      texts.put(h, found.get(ids.get(h))); // the asked-for handle put last: the newest kept
    }
    return texts.get(handle);
  }
}
