package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web package is a tree: the wiring ({@code WebApp}, {@code Site}, the serve command) sits at
 * its root and uses the feature packages; features use {@code web.common} and each other's
 * published pieces, never the root.
 */
class WebPackageTreeTest {

  private static final Path WEB = Path.of("src", "main", "java", "org", "ccmarchive", "web");

  /** An import of a class at the root of the web package (not of a sub-package). */
  private static final Pattern ROOT_IMPORT =
      Pattern.compile("^import (?:static )?org\\.ccmarchive\\.web\\.[A-Z]\\w*", Pattern.MULTILINE);

  @Test
  void noFeatureOrSharedPieceImportsTheWiring() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(WEB)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.getParent().equals(WEB)) {
          continue;
        }
        var m = ROOT_IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          offenders.add(WEB.relativize(f) + ": " + m.group());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void sharedPiecesLiveInCommon() {
    for (String shared : List.of("Templates", "Params", "Refusal", "Html", "PublicBase")) {
      assertThat(WEB.resolve("common").resolve(shared + ".java")).exists();
    }
  }
}
