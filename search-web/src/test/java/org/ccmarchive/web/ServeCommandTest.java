package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

  @Test
  void serveListensOnLoopbackUnlessToldOtherwise() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    String env = System.getenv("HOST");
    assertThat(serve.host).isEqualTo(env == null || env.isEmpty() ? "127.0.0.1" : env);

    ServeCommand published = new ServeCommand();
    new CommandLine(published).parseArgs("--host", "0.0.0.0");
    assertThat(published.host).isEqualTo("0.0.0.0");
  }
}
