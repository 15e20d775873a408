package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QueryErrorsTest {

  private static final Pattern THROWN =
      Pattern.compile("InvalidQueryException\\(\\s*\"([a-z.-]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

  @Test
  void everyCodeTheEngineThrowsIsWordedInEnglishFrenchAndSpanish() throws IOException {
    Set<String> thrown = thrownCodes();
    assertThat(thrown).hasSizeGreaterThan(20);
    for (String suffix : List.of("", "_fr", "_es")) {
      assertThat(bundle(suffix).keySet()).as("QueryErrors%s", suffix).containsAll(thrown);
    }
    assertThat(bundle("").keySet()).as("codes nothing throws").isEqualTo(thrown);
  }

  @Test
  void theThreeBundlesHoldTheSameCodesWithTheSameArgumentsInTheirOwnWords() {
    Map<String, String> en = bundle("");
    for (String suffix : List.of("_fr", "_es")) {
      Map<String, String> other = bundle(suffix);
      assertThat(other.keySet()).as(suffix).isEqualTo(en.keySet());
      for (String code : en.keySet()) {
        assertThat(placeholders(other.get(code)))
            .as(suffix + " " + code)
            .isEqualTo(placeholders(en.get(code)));
        assertThat(other.get(code)).as(suffix + " " + code).isNotEqualTo(en.get(code));
      }
    }
  }

  @Test
  void noPatternLosesAnApostropheToMessageFormatQuoting() {
    for (String suffix : List.of("", "_fr", "_es")) {
      bundle(suffix)
          .forEach(
              (code, pattern) ->
                  assertThat(pattern.replace("'{'", "").replace("'}'", "").replace("''", ""))
                      .as(suffix + " " + code)
                      .doesNotContain("'"));
    }
  }

  @Test
  void theReasonIsInTheReadersLanguageAndTheMessageStaysEnglish() {
    InvalidQueryException e = new InvalidQueryException("query.too-long", 5000, 2000);
    assertThat(e.getMessage()).isEqualTo("The query is too long (5000 characters; at most 2000).");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo("La requête est trop longue (5000 caractères\u00a0; au plus 2000).");
    assertThat(e.message(Locale.of("es", "MX")))
        .isEqualTo("La consulta es demasiado larga (5000 caracteres; como máximo 2000).");
    assertThat(e.message(Locale.GERMAN)).as("no German bundle").isEqualTo(e.getMessage());
    assertThat(e.code()).isEqualTo("query.too-long");
  }

  @Test
  void literalBracesAndBackslashesSurviveFormatting() {
    String hint = new InvalidQueryException("query.syntax.ends-early").getMessage();
    assertThat(hint).contains("( ) { } [ ]", "with \\ (", ": \\ /).");
  }

  private static Set<String> thrownCodes() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = THROWN.matcher(Files.readString(f));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  private static Set<String> placeholders(String pattern) {
    return PLACEHOLDER.matcher(pattern).results().map(r -> r.group(1)).collect(Collectors.toSet());
  }

  private static Map<String, String> bundle(String suffix) {
    String name = "/org/ccmarchive/search/QueryErrors" + suffix + ".properties";
    try (InputStream in = QueryErrorsTest.class.getResourceAsStream(name)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new TreeMap<>();
      p.forEach((k, v) -> out.put((String) k, (String) v));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
