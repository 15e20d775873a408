package org.ccmarchive.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;

/**
 * Answers computed over one index reader, kept until that reader is replaced: a refresh that shows
 * a new commit, or the swap to a fully rebuilt index, brings a reader with another cache key and
 * every kept answer is dropped at once, so no answer outlives the index it was computed on. The
 * least recently used answer goes first when full. Thread-safe.
 */
final class GenerationCache<K, V> {

  private final int capacity;
  private final Map<K, V> entries;
  private IndexReader.CacheKey generation;

  GenerationCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > GenerationCache.this.capacity;
          }
        };
  }

  /** The answer kept for {@code key} over {@code reader}, if any. */
  synchronized Optional<V> get(IndexReader reader, K key) {
    if (capacity == 0 || !current(reader)) {
      return Optional.empty();
    }
    return Optional.ofNullable(entries.get(key));
  }

  /** Keeps {@code value} as the answer for {@code key} over {@code reader}. */
  synchronized void put(IndexReader reader, K key, V value) {
    if (capacity == 0) {
      return;
    }
    IndexReader.CacheKey of = reader.getReaderCacheHelper().getKey();
    if (generation != of) {
      entries.clear();
      generation = of;
    }
    entries.put(key, value);
  }

  private boolean current(IndexReader reader) {
    return generation == reader.getReaderCacheHelper().getKey();
  }
}
