package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;

class SolrPartialAnswersTest {

  private static QueryResponse answer(SolrDocumentList results) {
    NamedList<Object> header = new SimpleOrderedMap<>();
    header.add("status", 0);
    header.add("partialResults", true);
    NamedList<Object> body = new NamedList<>();
    body.add("responseHeader", header);
    if (results != null) {
      body.add("response", results);
    }
    QueryResponse r = new QueryResponse();
    r.setResponse(body);
    return r;
  }

  @Test
  void aPartialAnswerWithoutAnyResultListIsAnEmptyPage() {
    SolrDocumentList heads = SolrArchiveIndex.recordHeads(answer(null));
    assertThat(heads).isEmpty();
    assertThat(heads.getNumFound()).isZero();
  }

  @Test
  void aPartialAnswerWithResultsKeepsThem() {
    SolrDocumentList found = new SolrDocumentList();
    SolrDocument head = new SolrDocument();
    head.setField("record_id", "r1");
    found.add(head);
    found.setNumFound(7);
    SolrDocumentList heads = SolrArchiveIndex.recordHeads(answer(found));
    assertThat(heads).hasSize(1);
    assertThat(heads.getNumFound()).isEqualTo(7);
  }
}
