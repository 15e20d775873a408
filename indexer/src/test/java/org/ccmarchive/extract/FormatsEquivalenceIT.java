package org.ccmarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ccmarchive.record.RecordReader;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.PassageBuilder;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One set of minutes in seven formats must yield the same passages. */
class FormatsEquivalenceIT {

  private static final Path FORMATS = TestCorpus.resource("formats");
  private static final RecordReader READER =
      new RecordReader(new DocumentExtractor(), new PassageBuilder());

  static Stream<Path> formats() throws IOException {
    try (Stream<Path> files = Files.list(FORMATS)) {
      return files.filter(f -> !f.toString().endsWith(".docx")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void everyFormatYieldsTheSamePassagesAsTheDocx(Path file) throws Exception {
    List<String> reference = texts(FORMATS.resolve("CC-Minutes-30-January-2024.docx"));
    List<String> actual = texts(file);
    assertThat(reference).hasSizeGreaterThan(150);
    assertThat(actual).containsExactlyElementsOf(reference);
  }

  private static List<String> texts(Path file) throws ExtractionException {
    return READER.read(FORMATS, file).passages().stream()
        .map(Passage::text)
        .map(FormatsEquivalenceIT::fold)
        .toList();
  }

  private static String fold(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
