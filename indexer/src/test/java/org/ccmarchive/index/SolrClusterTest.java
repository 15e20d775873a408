package org.ccmarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

/** Retrying requests the cluster cannot serve for now, and refusing bad ones at once. */
class SolrClusterTest {

  /** No pauses: the test counts attempts, it does not wait for them. */
  private static final List<Duration> FOUR_ATTEMPTS = Collections.nCopies(4, Duration.ZERO);

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private SolrCluster cluster(String... urls) {
    return new SolrCluster(
        List.of(urls), "ccm", FOUR_ATTEMPTS, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @Test
  void aBatchThatFailsWhileANodeIsLostIsRetriedOnTheNextNodeAndSucceeds() throws IOException {
    List<Object> clients = new ArrayList<>();
    try (SolrCluster c = cluster("http://127.0.0.1:1/solr", "http://127.0.0.1:2/solr")) {
      int answer =
          c.call(
              "sending 500 documents",
              client -> {
                clients.add(client);
                if (clients.size() < 3) {
                  throw new IOException("lost", new ConnectException("Connection refused"));
                }
                return 42;
              });
      assertThat(answer).isEqualTo(42);
    }
    assertThat(clients).hasSize(3);
    assertThat(clients.get(0)).isNotSameAs(clients.get(1)).isSameAs(clients.get(2));
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("sending 500 documents failed (ConnectException: Connection refused); retrying");
  }

  @Test
  void aServerErrorIsRetriedButNotForever() throws IOException {
    int[] attempts = {0};
    try (SolrCluster c = cluster("http://127.0.0.1:1/solr")) {
      assertThatThrownBy(
              () ->
                  c.call(
                      "committing",
                      client -> {
                        attempts[0]++;
                        throw new SolrException(
                            SolrException.ErrorCode.SERVICE_UNAVAILABLE, "no leader");
                      }))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("committing failed after 4 attempts");
    }
    assertThat(attempts[0]).isEqualTo(4);
  }

  @Test
  void aRequestSolrRefusesIsNotRetried() throws IOException {
    int[] attempts = {0};
    try (SolrCluster c = cluster("http://127.0.0.1:1/solr")) {
      assertThatThrownBy(
              () ->
                  c.call(
                      "searching",
                      client -> {
                        attempts[0]++;
                        throw new SolrException(
                            SolrException.ErrorCode.BAD_REQUEST, "undefined field");
                      }))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("Solr refused it");
    }
    assertThat(attempts[0]).isEqualTo(1);
  }

  @Test
  void theEnvironmentNamesTheNodesAndTheAlias() throws IOException {
    assertThat(SolrCluster.fromEnvironment(Map.of(), null)).isEmpty();
    assertThat(SolrCluster.fromEnvironment(Map.of("CCM_SOLR_URL", " "), null)).isEmpty();
    try (SolrCluster c =
        SolrCluster.fromEnvironment(
                Map.of("CCM_SOLR_URL", "http://a:8983/solr,http://b:8983/solr"), null)
            .orElseThrow()) {
      assertThat(c.alias()).isEqualTo("ccm");
    }
    try (SolrCluster c =
        SolrCluster.fromEnvironment(
                Map.of("CCM_SOLR_URL", "http://a:8983/solr", "CCM_SOLR_COLLECTION", "archive"),
                null)
            .orElseThrow()) {
      assertThat(c.alias()).isEqualTo("archive");
    }
  }
}
