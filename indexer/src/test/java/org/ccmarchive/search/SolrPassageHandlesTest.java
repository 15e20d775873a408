package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrPassageHandlesTest {

  private final List<List<String>> requests = new ArrayList<>();

  /** A collection where passage {@code rN#pM} reads "text of rN#pM"; records each request. */
  private Map<String, String> fetch(List<String> ids) {
    requests.add(ids);
    Map<String, String> out = new HashMap<>();
    ids.forEach(id -> out.put(id, "text of " + id));
    return out;
  }

  @Test
  void aPassageKeepsItsHandleWhicheverReadSeesItAgain() {
    SolrPassageHandles handles = new SolrPassageHandles("v1");
    int first = handles.handle("a.pdf#p1");
    int second = handles.handle("a.pdf#p2");
    assertThat(handles.handle("a.pdf#p1")).isEqualTo(first);
    assertThat(second).isNotEqualTo(first);
    assertThat(handles.text(second, this::fetch)).isEqualTo("text of a.pdf#p2");
  }

  @Test
  void textsOfNeighbouringPassagesComeInOneRequest() {
    SolrPassageHandles handles = new SolrPassageHandles("v1");
    int n = SolrPassageHandles.BATCH + 10;
    for (int i = 0; i < n; i++) {
      handles.handle("a.pdf#p" + i);
    }
    for (int h = 0; h < n; h++) {
      assertThat(handles.text(h, this::fetch)).isEqualTo("text of a.pdf#p" + h);
    }
    assertThat(requests).hasSize(2);
    assertThat(requests.getFirst()).hasSize(SolrPassageHandles.BATCH);
    assertThat(requests.getLast()).hasSize(10);
  }

  @Test
  void anUnknownHandleOrAPassageWithoutTextHasNone() {
    SolrPassageHandles handles = new SolrPassageHandles("v1");
    int h = handles.handle("a.pdf#p1");
    assertThat(handles.text(h + 1, this::fetch)).isNull();
    assertThat(handles.text(-1, this::fetch)).isNull();
    assertThat(handles.text(h, ids -> Map.of())).isNull();
  }
}
