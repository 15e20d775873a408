package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccmarchive.search.QueryLimits;
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

  @Test
  void answersAreCachedUnlessABenchmarkAsksForEverySearch() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    assertThat(serve.limits().cachedAnswers()).isEqualTo(QueryLimits.CACHED_ANSWERS);

    ServeCommand uncached = new ServeCommand();
    new CommandLine(uncached).parseArgs("--cached-answers", "0");
    assertThat(uncached.limits().cachedAnswers()).isZero();
    assertThat(uncached.limits().timeBudget()).isEqualTo(QueryLimits.defaults().timeBudget());
  }
}
