package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class GenerationCacheTest {

  private static void addAndCommit(IndexWriter w, String id) throws IOException {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.NO));
    w.addDocument(d);
    w.commit();
  }

  @Test
  void aNewReaderSeesNoAnswerOfTheOldOne() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      addAndCommit(w, "a");
      GenerationCache<String, Integer> cache = new GenerationCache<>(8);
      try (DirectoryReader first = DirectoryReader.open(dir)) {
        cache.put(first, "q", 1);
        assertThat(cache.get(first, "q")).contains(1);
        addAndCommit(w, "b");
        try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
          assertThat(second).isNotNull();
          assertThat(cache.get(second, "q")).isEmpty();
          cache.put(second, "q", 2);
          assertThat(cache.get(second, "q")).contains(2);
          // The old reader's answers were dropped with its generation.
          assertThat(cache.get(first, "q")).isEmpty();
        }
      }
    }
  }

  @Test
  void theLeastRecentlyUsedAnswerGoesFirstAndZeroKeepsNothing() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      addAndCommit(w, "a");
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        GenerationCache<String, Integer> two = new GenerationCache<>(2);
        two.put(reader, "x", 1);
        two.put(reader, "y", 2);
        assertThat(two.get(reader, "x")).contains(1);
        two.put(reader, "z", 3);
        assertThat(two.get(reader, "y")).isEmpty();
        assertThat(two.get(reader, "x")).contains(1);
        assertThat(two.get(reader, "z")).contains(3);

        GenerationCache<String, Integer> none = new GenerationCache<>(0);
        none.put(reader, "x", 1);
        assertThat(none.get(reader, "x")).isEmpty();
      }
    }
  }
}
