package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.testing.TestCorpus;
import org.ccmarchive.testing.TestLimits;
import org.ccmarchive.web.common.PublicBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code CCM_BASE_URL} set, feeds and exports link to the site's public address. */
class PublicBaseIT {

  @Test
  void feedsAndExportsLinkToTheConfiguredPublicAddress(@TempDir Path work) throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("note.txt"), "A note on stockpile destruction in the north.");
    Path index = work.resolve("index");
    TestCorpus.index(corpus, index);
    SavedSearchStore saved = SavedSearchStore.open(work.resolve("saved.json"), Clock.systemUTC());
    saved.save("Stockpiles", "stockpile", Map.of(), "owner key");
    PublicBase base = PublicBase.of("https://archive.example.org/ccm/");
    try (TestServer server = TestServer.over(index, corpus, TestLimits.unhurried(), saved, base)) {
      String feed = server.get("/saved/stockpiles/feed.atom").body();
      assertThat(feed)
          .contains("https://archive.example.org/ccm/doc/note.txt#")
          .contains("https://archive.example.org/ccm/saved/stockpiles/feed.atom")
          .doesNotContain("127.0.0.1");
      assertThat(server.get("/api/export.csv?q=stockpile").body())
          .contains("https://archive.example.org/ccm/doc/note.txt#");
      assertThat(server.get("/api/export.json?q=stockpile").body())
          .contains("\"url\":\"https://archive.example.org/ccm/doc/note.txt#");
      // Behind a TLS proxy the request itself is plain HTTP; the owner cookie is Secure anyway.
      assertThat(
              server
                  .postForm("/saved", "name=Mine&q=x", "Sec-Fetch-Site", "same-origin")
                  .headers()
                  .firstValue("Set-Cookie"))
          .hasValueSatisfying(c -> assertThat(c).contains("; Secure"));
    }
  }

  @Test
  void aBaseThatIsNotAnHttpAddressIsRefusedWithTheVariablesName() {
    assertThat(PublicBase.of("").configured()).isEmpty();
    assertThat(PublicBase.of(" http://a.example:8080 ").configured())
        .hasValue("http://a.example:8080");
    for (String bad :
        new String[] {
          "archive.example.org", "ftp://a.example", "https://a.example/?x=1", "http://"
        }) {
      assertThatThrownBy(() -> PublicBase.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("CCM_BASE_URL");
    }
  }
}
