package org.ccmarchive.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The node's command line: what it accepts, and a clear message for what it does not. */
class SolrNodeOptionsTest {

  @Test
  void optionsSetNodesPortDataAndZooKeeper() {
    SolrNode.Options o =
        SolrNode.Options.parse(
            new String[] {"--nodes", "3", "--port", "18000", "--data", "x", "--zk", "h:1/solr"});
    assertThat(o.nodes()).isEqualTo(3);
    assertThat(o.port()).isEqualTo(18000);
    assertThat(o.data()).isEqualTo(Path.of("x").toAbsolutePath());
    assertThat(o.zk()).isEqualTo("h:1/solr");
  }

  @Test
  void oneNodeWithItsOwnZooKeeperUnderDataSolrByDefault() {
    SolrNode.Options o = SolrNode.Options.parse(new String[] {"--port", "18000"});
    assertThat(o.nodes()).isEqualTo(1);
    assertThat(o.data()).isEqualTo(Path.of("data", "solr").toAbsolutePath());
    assertThat(o.zk()).isNull();
  }

  @Test
  void badOptionsAreRefusedByName() {
    assertThatThrownBy(() -> SolrNode.Options.parse(new String[] {"--port", "abc"}))
        .hasMessage("--port needs a number, not abc");
    assertThatThrownBy(() -> SolrNode.Options.parse(new String[] {"--nodes", "0"}))
        .hasMessageContaining("--nodes must be 1 to 16");
    assertThatThrownBy(() -> SolrNode.Options.parse(new String[] {"--data"}))
        .hasMessage("--data needs a value");
    assertThatThrownBy(() -> SolrNode.Options.parse(new String[] {"--shards", "2"}))
        .hasMessage("unknown option --shards");
    assertThatThrownBy(() -> SolrNode.Options.parse(new String[] {"--port", "65000"}))
        .hasMessageContaining("--port out of range");
  }
}
