package org.ccmarchive.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.ccmarchive.index.IndexSchema;

/**
 * The collection's words for {@link SpellingSuggester}: whether a term is indexed (a count), the
 * closest term by the configset's spelling checker (Solr's {@code DirectSolrSpellChecker}, set up
 * as the embedded index's), and a term as written in the first passage holding it (by record id and
 * ordinal).
 */
final class SolrWords implements SpellingSuggester.Words {

  private final SolrArchiveIndex solr;
  private final SpellingSuggester speller;

  SolrWords(SolrArchiveIndex solr, SpellingSuggester speller) {
    this.solr = solr;
    this.speller = speller;
  }

  @Override
  public boolean known(String term) {
    ModifiableSolrParams p = holding(term);
    p.set("rows", 0);
    return solr.query("looking a word up", p).getResults().getNumFound() > 0;
  }

  @Override
  public Optional<String> closest(String term) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    p.set("spellcheck", true);
    p.set("spellcheck.q", term);
    p.set("spellcheck.count", 1);
    SpellCheckResponse r = solr.query("checking spelling", p).getSpellCheckResponse();
    if (r == null || r.getSuggestions().isEmpty()) {
      return Optional.empty();
    }
    List<String> alternatives = r.getSuggestions().getFirst().getAlternatives();
    return alternatives.isEmpty() ? Optional.empty() : Optional.of(alternatives.getFirst());
  }

  @Override
  public String written(String term) throws IOException {
    ModifiableSolrParams p = holding(term);
    p.add("fq", SolrArchiveIndex.kindFilter(IndexSchema.KIND_PASSAGE));
    p.set("sort", IndexSchema.RECORD_ID + " asc," + IndexSchema.ORDINAL + " asc");
    p.set("rows", 1);
    p.set("fl", IndexSchema.TEXT);
    SolrDocumentList found = solr.query("reading a word as written", p).getResults();
    Object text = found.isEmpty() ? null : found.getFirst().getFirstValue(IndexSchema.TEXT);
    return text == null ? term : speller.writtenIn(text.toString(), term).orElse(term);
  }

  private static ModifiableSolrParams holding(String term) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "{!term f=" + IndexSchema.TEXT_NEUTRAL + " v=$w}");
    p.set("w", term);
    return p;
  }
}
