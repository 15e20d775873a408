package org.ccmarchive.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the French and Spanish corpus records as DOCX from the plain-text sources in {@code
 * src/test/resources/multilingual} (written for this project). A first line {@code title: …} sets
 * the document title; lines starting with {@code # } become bold headings. Run from the indexer
 * module: {@code java … MultilingualCorpusWriter ../corpus}; the held-out gold records (kept out of
 * the corpus): {@code java … MultilingualCorpusWriter src/test/resources/multilingual/heldout
 * src/test/resources/multilingual/heldout}.
 */
public final class MultilingualCorpusWriter {

  private MultilingualCorpusWriter() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "../corpus");
    Path from = args.length > 1 ? Path.of(args[1]) : TestCorpus.resource("multilingual");
    try (var sources = Files.list(from)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = source.getFileName().toString();
        String base = name.substring(0, name.indexOf('.'));
        Path out = target.resolve(base + ".docx");
        write(Files.readAllLines(source, StandardCharsets.UTF_8), out);
        System.out.println("wrote " + out);
      }
    }
  }

  static void write(List<String> lines, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream os = Files.newOutputStream(out)) {
      for (String line : lines) {
        if (line.startsWith("title: ")) {
          doc.getProperties().getCoreProperties().setTitle(line.substring(7).strip());
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        boolean heading = line.startsWith("# ");
        run.setBold(heading);
        run.setText(heading ? line.substring(2) : line);
      }
      doc.write(os);
    }
  }
}
