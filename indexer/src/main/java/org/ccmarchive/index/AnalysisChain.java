package org.ccmarchive.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * One analysis chain, declared as data: a tokenizer and token filters by their factories, with
 * arguments and the word lists they read. The same value builds the Lucene analyzer the embedded
 * index uses ({@link #analyzer()}) and the Solr field type of the generated configset ({@link
 * SolrConfigset}), so the two cannot be declared differently.
 *
 * @param name the Solr field type's name
 * @param tokenizer the tokenizer
 * @param filters the token filters, in order
 * @param wordLists word-list files the arguments name (file name → one word per line), written into
 *     the configset beside the schema
 */
public record AnalysisChain(
    String name, Step tokenizer, List<Step> filters, Map<String, List<String>> wordLists) {

  /** A factory with its arguments; Solr names it {@code solr.<simple class name>}. */
  public record Step(Class<?> factory, Map<String, String> args) {
    public Step {
      args = Map.copyOf(args);
    }

    /** The class name Solr's schema uses for this factory. */
    public String solrClass() {
      return "solr." + factory.getSimpleName();
    }
  }

  public AnalysisChain {
    filters = List.copyOf(filters);
    wordLists = Map.copyOf(wordLists);
  }

  /** A chain without arguments or word lists. */
  static AnalysisChain of(
      String name,
      Class<? extends TokenizerFactory> tokenizer,
      List<Class<? extends TokenFilterFactory>> filters) {
    return new AnalysisChain(
        name,
        new Step(tokenizer, Map.of()),
        filters.stream().map(f -> new Step(f, Map.of())).toList(),
        Map.of());
  }

  /**
   * The Lucene analyzer: {@link CustomAnalyzer}, which also derives query-time normalisation
   * (wildcards, prefixes) from the filters that normalise, as hand-written analyzers did.
   */
  @SuppressWarnings("unchecked")
  public Analyzer analyzer() {
    try {
      CustomAnalyzer.Builder b =
          CustomAnalyzer.builder(new WordListLoader())
              .withTokenizer(
                  (Class<? extends TokenizerFactory>) tokenizer.factory(),
                  new HashMap<>(tokenizer.args()));
      for (Step f : filters) {
        b.addTokenFilter(
            (Class<? extends TokenFilterFactory>) f.factory(), new HashMap<>(f.args()));
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis chain " + name, e);
    }
  }

  /** Serves this chain's word lists to the factories that name them (no files at run time). */
  private final class WordListLoader implements ResourceLoader {
    private final ResourceLoader classes =
        new ClasspathResourceLoader(AnalysisChain.class.getClassLoader());

    @Override
    public InputStream openResource(String resource) throws IOException {
      List<String> words = wordLists.get(resource);
      if (words == null) {
        throw new IOException("analysis chain " + name + " has no word list " + resource);
      }
      return new ByteArrayInputStream(String.join("\n", words).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
      return classes.findClass(cname, expectedType);
    }
  }
}
