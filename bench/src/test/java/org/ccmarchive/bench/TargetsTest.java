package org.ccmarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {

  @TempDir Path dir;

  private static String row(List<String> table, String startsWith) {
    return table.stream().filter(l -> l.startsWith("| " + startsWith)).findFirst().orElseThrow();
  }

  @Test
  void eachTargetIsJudgedOnItsFiguresForBothJars() throws Exception {
    Results generate = new Results(dir, "generate", "test");
    generate.figure("generate.records", 20_000);
    generate.save();
    Results query = new Results(dir, "query", "test");
    query.note("jar.old", "aaaaaaa");
    query.note("jar.new", "bbbbbbb");
    query.figure("query.old.term.p99", 313.2);
    query.figure("query.new.term.p99", 12.5);
    query.save();
    Results http = new Results(dir, "http", "test");
    http.figure("http.new.50x3.2.answered_per_s", 155.2);
    http.figure("http.new.50x3.2.errors", 0);
    http.figure("http.new.50x3.2.not_sent", 0);
    http.figure("http.new.50x3.2.p99", 40);
    http.note("http.new.50x3.2.uncached", "true");
    http.figure("http.old.50x3.2.answered_per_s", 151);
    http.figure("http.old.50x3.2.errors", 2);
    http.figure("http.old.50x3.2.not_sent", 0);
    http.note("http.old.50x3.2.uncached", "true");
    http.save();

    List<String> table = Targets.table(Targets.read(dir, 1_800.0));

    assertThat(table.getFirst()).contains("N = 20,000").doesNotContain("only check");
    assertThat(row(table, "target")).contains("old aaaaaaa").contains("new bbbbbbb");
    assertThat(row(table, "term search p99"))
        .contains("**313.2 ms** | **not met**")
        .contains("**12.5 ms** | **met**");
    // Answered enough a second, but with errors: not met.
    assertThat(row(table, "searches answered per second"))
        .contains("**151.0/s** answered, 2 errors")
        .contains("**155.2/s** answered, 0 errors, 0 not sent, p99 40 ms | **met**");
    assertThat(row(table, "`./ccm bench all`")).contains("**30.0 min** | **met**");
  }

  @Test
  void aMissingFigureIsSaidNotGuessedAndAFailureGivesItsReason() throws Exception {
    Results startup = new Results(dir, "startup", "test");
    startup.note("jar.old", "aaaaaaa");
    startup.note(
        "startup.old.failed", "N-record index: server exited with 2: ccm: index schema 7 is newer");
    startup.save();

    List<String> table = Targets.table(Targets.read(dir, null));

    assertThat(table.getFirst()).contains("N unknown");
    assertThat(row(table, "first answered query"))
        .contains(
            "did not run: N-record index: server exited with 2: ccm: index schema 7 is newer | —")
        .contains("not measured | — |");
    assertThat(row(table, "full index files/s")).contains("not run for the baseline");
    assertThat(row(table, "`./ccm bench all`")).contains("not recorded");
  }

  @Test
  void answersKeptByAnOldJarAreNotJudgedAgainstTheUncachedTarget() throws Exception {
    Results http = new Results(dir, "http", "test");
    http.note("jar.old", "aaaaaaa");
    http.figure("http.old.10x2.p99", 3.0);
    http.note("http.old.10x2.uncached", "false");
    http.save();

    assertThat(row(Targets.table(Targets.read(dir, null)), "HTTP p99 at 10 clients"))
        .contains("answers kept (this jar has no `--cached-answers`): not comparable | — |");
  }

  @Test
  void aSmallRunSaysTheTargetsAreForTwentyThousandRecords() throws Exception {
    Results generate = new Results(dir, "generate", "test");
    generate.figure("generate.records", 300);
    generate.save();
    assertThat(Targets.table(Targets.read(dir, null)).getFirst())
        .contains("N = 300 records: **the issue's targets are for N = 20,000**");
  }
}
